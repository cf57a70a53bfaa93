using RoleCall.Core.Errors;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Passwords;

/// <summary>
/// Checks a new password against the account's password policy (PasswordPolicyViolation, naming the first
/// rule broken). Without a policy AWS's default applies: at least 8 characters and three of the four
/// character types. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
/// </summary>
public static class PasswordRules
{
    private const int DefaultMinimumLength = 8;

    public static void Check(PasswordPolicy? policy, string password, LoginProfile? current)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (policy is null)
        {
            CheckDefault(password);
            return;
        }

        Require(password.Length >= policy.MinimumPasswordLength, $"Password should have a minimum length of {policy.MinimumPasswordLength}");
        Require(!policy.RequireUppercaseCharacters || password.Any(char.IsAsciiLetterUpper), "Password should have at least one uppercase letter");
        Require(!policy.RequireLowercaseCharacters || password.Any(char.IsAsciiLetterLower), "Password should have at least one lowercase letter");
        Require(!policy.RequireNumbers || password.Any(char.IsAsciiDigit), "Password should have at least one number");
        Require(!policy.RequireSymbols || password.Any(IsSymbol), "Password should have at least one symbol");
        if (policy.PasswordReusePrevention is { } reuse && current is not null)
        {
            var recent = current.PreviousHashes.Prepend(current.PasswordHash).Take(reuse);
            Require(!recent.Any(h => PasswordHasher.Verify(password, h)), $"Password should not be one of your previous {reuse} passwords");
        }
    }

    public static AwsServiceException Violation(string message) => new("PasswordPolicyViolation", message, 400);

    /// <summary>The symbols AWS's policy counts: ! @ # $ % ^ &amp; * ( ) _ + - = [ ] { } | '</summary>
    public static bool IsSymbol(char c) => "!@#$%^&*()_+-=[]{}|'".Contains(c, StringComparison.Ordinal);

    private static void CheckDefault(string password)
    {
        var kinds = new[] { password.Any(char.IsAsciiLetterUpper), password.Any(char.IsAsciiLetterLower), password.Any(char.IsAsciiDigit), password.Any(IsSymbol) };
        Require(password.Length >= DefaultMinimumLength && kinds.Count(k => k) >= 3,
            "Password does not conform to the account password policy: at least 8 characters and three of uppercase letters, lowercase letters, numbers and symbols");
    }

    private static void Require(bool ok, string message)
    {
        if (!ok)
        {
            throw Violation(message);
        }
    }
}
