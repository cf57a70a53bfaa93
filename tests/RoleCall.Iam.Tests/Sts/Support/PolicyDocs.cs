namespace RoleCall.Iam.Tests.Sts.Support;

/// <summary>Policy documents the STS tests share, written as people write them.</summary>
internal static class PolicyDocs
{
    public static string Allow(string action, string resource = "*") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"{{resource}}"}]}""";

    public static string Deny(string action, string resource = "*") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"DenyIt","Effect":"Deny","Action":"{{action}}","Resource":"{{resource}}"}]}""";

    /// <summary>A trust policy naming one principal (an ARN or an account) for sts:AssumeRole, with an optional condition block.</summary>
    public static string Trust(string principal, string? condition = null, string actions = "\"sts:AssumeRole\"") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{principal}}"},"Action":{{actions}}{{(condition is null ? "" : ",\"Condition\":" + condition)}}}]}""";
}
