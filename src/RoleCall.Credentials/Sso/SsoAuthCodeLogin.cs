using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The authorization-code grant with PKCE, the AWS CLI v2's default for an sso-session since 2.22: a client
/// registered for it (redirect URI `http://127.0.0.1/oauth/callback`, cached), a loopback listener on a free port,
/// the browser sent to OIDC's /authorize with a fresh state and S256 challenge, and, once the user has allowed it,
/// the code from the redirect redeemed at CreateToken with the verifier. The answer is refused unless its state
/// matches; the wait ends after <see cref="Timeout"/> (botocore's 10 minutes). The token is cached as the device
/// flow caches it. https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html
/// </summary>
public sealed class SsoAuthCodeLogin(ISsoClient client, SsoTokenCache tokens, TimeProvider time)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long the browser has to come back to the loopback callback.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The callback's port (`--redirect-port`); 0 picks a free one.</summary>
    public int RedirectPort { get; init; }

    /// <param name="request">The sso-session, start URL, region and configured scopes.</param>
    /// <param name="open">Shows the authorization URL (and opens the browser at it).</param>
    /// <param name="cancellation">Stops the wait.</param>
    public async Task<SsoToken> RunAsync(SsoLoginRequest request, Action<string> open, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(open);
        using var callback = new LoopbackCallback(RedirectPort);
        var registration = await new SsoRegistrar(client, tokens.Registrations, time).GetAsync(request, LoopbackCallback.RegisteredRedirectUri, cancellation);
        var pkce = PkcePair.Create();
        var state = Guid.NewGuid().ToString();
        var scopes = request.Scopes is { Count: > 0 } configured ? string.Join(' ', configured) : SsoRegistrar.DefaultScope;
        var query = string.Join('&', new (string Name, string Value)[]
        {
            ("response_type", "code"), ("client_id", registration.ClientId), ("redirect_uri", callback.RedirectUri), ("state", state),
            ("code_challenge_method", "S256"), ("scopes", scopes), ("code_challenge", pkce.Challenge),
        }.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
        open(client.AuthorizeEndpoint(request.Region) + "?" + query);

        using var deadline = new CancellationTokenSource(Timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation, deadline.Token);
        CallbackAnswer answer;
        try
        {
            answer = await callback.WaitAsync(state, wait.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            throw SsoErrors.LoginTimedOut(Timeout);
        }

        var code = answer switch
        {
            { Error: { } error } => throw SsoErrors.LoginRefused(error, answer.ErrorDescription),
            _ when answer.State != state => throw SsoErrors.StateMismatch(),
            _ => answer.Code!,
        };
        try
        {
            using var created = await client.OidcAsync("CreateToken", request.Region, "/token", new()
            {
                ["clientId"] = registration.ClientId, ["clientSecret"] = registration.ClientSecret, ["grantType"] = "authorization_code",
                ["redirectUri"] = callback.RedirectUri, ["codeVerifier"] = pkce.Verifier, ["code"] = code,
            }, cancellation);
            var token = SsoToken.Created(created, request, registration, time.GetUtcNow());
            tokens.Write(SsoTokenCache.KeyFor(request.SessionName, request.StartUrl), token);
            return token;
        }
        catch (AwsServiceException e) when (e.Code is "InvalidGrantException" or "ExpiredTokenException")
        {
            throw SsoErrors.CodeRefused(e.Code, e.Message);
        }
    }
}
