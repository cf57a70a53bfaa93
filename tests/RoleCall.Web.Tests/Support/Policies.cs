namespace RoleCall.Web.Tests.Support;

/// <summary>The policies the console tests give users and roles.</summary>
public static class Policies
{
    /// <summary>May assume any role and manage its own credentials (as the tutorials' users).</summary>
    public const string AssumeAndSelfManage = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"},
          {"Effect": "Allow", "Action": ["iam:*AccessKey*", "iam:*MFADevice*", "iam:ChangePassword", "iam:GetUser", "iam:GetLoginProfile"], "Resource": "*"}
        ]}
        """;

    public const string ReadIam = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]}
        """;
}
