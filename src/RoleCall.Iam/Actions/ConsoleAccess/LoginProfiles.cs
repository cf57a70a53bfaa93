using RoleCall.Core.Errors;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Passwords;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>
/// What the login-profile actions share: whose profile (`UserName`, else the calling user), the password
/// parameter (validated without ever echoing it), the response shape and AWS's messages.
/// </summary>
internal static class LoginProfiles
{
    /// <summary>How many earlier hashes are kept for PasswordReusePrevention (its maximum).</summary>
    private const int HistoryLimit = 24;

    public static IamUser Owner(ActionContext context)
    {
        if (context.Parameters.Optional("UserName") is not null)
        {
            return Entities.RequireUser(context);
        }

        return context.Caller.Kind == PrincipalKind.User && context.Store.FindEntityById(context.Caller.UserId) is IamUser self
            ? self
            : throw IamErrors.NonUserCaller();
    }

    public static LoginProfile Require(IamUser user) => user.LoginProfile ?? throw NotFound(user.Name);

    /// <summary>A password parameter: 1-128 characters of tab, newline, return and U+0020-U+00FF, as the API model says.</summary>
    public static string ReadPassword(ActionContext context, string parameter) =>
        Validate(context.Parameters.Optional(parameter), ParameterReader.FieldName(parameter));

    public static string Validate(string? password, string field)
    {
        if (password is null)
        {
            throw IamErrors.Missing(field);
        }

        // AWS redacts sensitive values in validation messages: the password never appears in an error.
        if (password.Length is < 1 or > 128)
        {
            throw AwsServiceException.Validation($"1 validation error detected: Value at '{field}' failed to satisfy constraint: Member must have length between 1 and 128");
        }

        if (password.Any(c => c is not ('\t' or '\n' or '\r') && (c < '\u0020' || c > '\u00FF')))
        {
            throw AwsServiceException.Validation($@"1 validation error detected: Value at '{field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+");
        }

        return password;
    }

    /// <summary>A new profile holding the password, the old hash moved into the history.</summary>
    public static LoginProfile WithPassword(LoginProfile? current, string password, DateTimeOffset now, bool resetRequired) =>
        new(PasswordHasher.Hash(password), current?.CreateDate ?? now, resetRequired)
        {
            PasswordLastUsed = current?.PasswordLastUsed,
            PreviousHashes = current is null ? [] : [.. current.PreviousHashes.Prepend(current.PasswordHash).Take(HistoryLimit)],
        };

    public static ResultStruct Shape(IamUser user, LoginProfile profile) => Result.Struct("LoginProfile",
        Result.Text("UserName", user.Name),
        Result.Date("CreateDate", profile.CreateDate),
        Result.Bool("PasswordResetRequired", profile.PasswordResetRequired));

    public static AwsServiceException NotFound(string userName) =>
        AwsServiceException.NoSuchEntity($"Login Profile for User {userName} cannot be found.");

    public static AwsServiceException Exists(string userName) =>
        AwsServiceException.AlreadyExists($"Login Profile for user {userName} already exists.");

    public static void Save(ActionContext context, IamUser user, LoginProfile? profile) =>
        context.Store.SaveEntity(user with { LoginProfile = profile });
}
