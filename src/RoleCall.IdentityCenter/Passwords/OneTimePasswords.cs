using System.Security.Cryptography;
using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.IdentityStore;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;
using RoleCall.Iam.Passwords;

namespace RoleCall.IdentityCenter.Passwords;

/// <summary>
/// RoleCall's own identitystore operation `CreateOneTimePassword` (IdentityStoreId, UserId): an
/// administrator sets a user's first password. AWS sends an e-mail invitation instead; serve has no mail,
/// so the password is returned once, in this response only, and kept as a slow hash. The user must
/// change it at first sign-in. Authorized like any other call, as `identitystore:CreateOneTimePassword`.
/// </summary>
internal sealed class OneTimePasswords(IIdentityCenterStore store, InstanceDirectory instances)
{
    public Operation Operation => IdentityStoreOperations.Op("CreateOneTimePassword", Create);

    /// <summary>16 characters from letters, digits and symbols, at least one of each class IAM's policy counts.</summary>
    public static string Generate()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%^&*()-_=+";
        const string all = lower + upper + digits + symbols;
        var chars = new char[16];
        chars[0] = Pick(lower);
        chars[1] = Pick(upper);
        chars[2] = Pick(digits);
        chars[3] = Pick(symbols);
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private JsonObject Create(OperationContext c)
    {
        var storeId = instances.RequireStore(c.Caller.AccountId, c.Args.Required("IdentityStoreId")).IdentityStoreId;
        var id = c.Args.Required("UserId");
        var user = store.Find<StoreUser>(id) is { } found && found.Scope == storeId ? found : throw IcErrors.NotFound($"USER not found: {id}");
        var password = Generate();
        store.Save(user with { Password = PasswordHasher.Hash(password), PasswordResetRequired = true });
        return new JsonObject { ["UserId"] = user.Id, ["OneTimePassword"] = password };
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
