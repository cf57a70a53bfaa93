using System.Text.Json.Nodes;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>
/// A provider graph in the cross-SDK suite's "ProfileChain" shape: the base provider first, then each
/// AssumeRole hop in execution order.
/// </summary>
internal static class ChainDescriber
{
    public static JsonArray Describe(ICredentialProvider provider)
    {
        var chain = new JsonArray();
        Walk(provider, chain);
        return chain;
    }

    private static void Walk(ICredentialProvider provider, JsonArray chain)
    {
        switch (provider)
        {
            case CachingProvider cached:
                Walk(cached.Inner, chain);
                break;
            case MetadataFallbackProvider fallback:
                Walk(fallback.Inner, chain);
                break;
            case AssumeRoleProvider role:
                Walk(role.Source, chain);
                chain.Add(new JsonObject { ["AssumeRole"] = Object(("role_arn", role.Options.RoleArn), ("external_id", role.Options.ExternalId), ("role_session_name", role.Options.SessionName)) });
                break;
            case SessionTokenProvider session:
                Walk(session.Source, chain);
                chain.Add(new JsonObject { ["SessionToken"] = Object(("serial_number", session.SerialNumber)) });
                break;
            case StaticKeysProvider keys:
                chain.Add(new JsonObject
                {
                    ["AccessKey"] = Object(
                        ("access_key_id", keys.Credentials.AccessKeyId),
                        ("secret_access_key", keys.Credentials.SecretAccessKey),
                        ("session_token", keys.Credentials.SessionToken),
                        ("account_id", keys.Credentials.AccountId)),
                });
                break;
            case NamedSourceProvider named:
                chain.Add(new JsonObject { ["NamedSource"] = named.Name });
                break;
            case WebIdentityProvider web:
                chain.Add(new JsonObject { ["WebIdentityToken"] = Object(("role_arn", web.RoleArn), ("web_identity_token_file", web.TokenFile), ("role_session_name", web.SessionName)) });
                break;
            case SsoProvider sso:
                chain.Add(new JsonObject
                {
                    ["Sso"] = Object(("sso_session", sso.Session), ("sso_region", sso.Region), ("sso_start_url", sso.StartUrl), ("sso_account_id", sso.AccountId), ("sso_role_name", sso.RoleName)),
                });
                break;
            default:
                chain.Add(new JsonObject { ["Other"] = provider.Method });
                break;
        }
    }

    private static JsonObject Object(params (string Key, string? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (key, value) in members.Where(m => m.Value is not null).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }

        return result;
    }
}
