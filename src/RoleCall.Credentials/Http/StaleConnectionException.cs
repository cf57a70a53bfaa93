namespace RoleCall.Credentials.Http;

/// <summary>A reused connection turned out closed before the server answered anything.</summary>
internal sealed class StaleConnectionException(Exception? inner) : IOException("the kept-alive connection was closed by the server", inner);
