using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>The query client's behaviour over the direct socket transport the CLI uses by default.</summary>
public sealed class QueryClientOverDirectSocketsTests() : QueryClientTests(new DirectHttpTransport(new TransportSettings { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(10) }));
