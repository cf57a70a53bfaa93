using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>The same behaviour over HttpClient, the transport used when a proxy is configured.</summary>
public sealed class QueryClientOverHttpClientTests() : QueryClientTests(new HttpClientTransport(QueryHttp.CreateClient()));
