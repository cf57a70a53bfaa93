namespace RoleCall.Server;

/// <summary>
/// The stores a server runs over, chosen by the composition root (RoleCall.Cli picks SQLite in a data
/// directory or in memory): how to open them, and where they keep their data, as the start banner names it.
/// The server opens them once at start and disposes them at stop; the server itself knows no store implementation.
/// </summary>
public sealed record StoreChoice(string Location, Func<ServiceStores> Open);
