namespace RoleCall.Credentials.Sso;

/// <summary>What SSO profiles need: the Identity Center client and the token cache shared with the AWS CLI v2.</summary>
public sealed record SsoServices(ISsoClient Client, SsoTokenCache Tokens);
