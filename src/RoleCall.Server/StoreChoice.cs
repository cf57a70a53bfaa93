using RoleCall.Iam.Store;

namespace RoleCall.Server;

/// <summary>
/// The IAM store a server runs over, chosen by the composition root (RoleCall.Cli picks SQLite in a data
/// directory or in memory): how to open it, and where it keeps its data, as the start banner names it. The
/// server opens it once at start and disposes it at stop; the server itself knows no store implementation.
/// </summary>
public sealed record StoreChoice(string Location, Func<IIamStore> Open);
