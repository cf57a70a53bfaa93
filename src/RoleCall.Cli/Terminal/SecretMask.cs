namespace RoleCall.Cli.Terminal;

/// <summary>How the AWS CLI shows a key it must not print: 16 asterisks and the last four characters.</summary>
internal static class SecretMask
{
    /// <summary><c>****************MPLE</c>; "None" for no value, as `aws configure` prompts show it.</summary>
    public static string Mask(string? value) =>
        value is null ? "None" : new string('*', 16) + value[Math.Max(0, value.Length - 4)..];
}
