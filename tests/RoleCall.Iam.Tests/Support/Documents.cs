namespace RoleCall.Iam.Tests.Support;

/// <summary>Policy documents the tests use.</summary>
public static class Documents
{
    public const string S3Read = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";

    public const string Ec2Describe = """
        {
          "Version": "2012-10-17",
          "Statement": [{"Sid": "Describe", "Effect": "Allow", "Action": ["ec2:Describe*"], "Resource": "*"}]
        }
        """;

    /// <summary>An identity policy allowing every IAM action on the user's own keys and entity.</summary>
    public const string OwnUserAndKeys = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetUser","iam:*AccessKey*"],"Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]}""";

    public const string TrustAccount = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""";

    /// <summary>An identity policy whose size without white space is about <paramref name="size"/> characters.</summary>
    public static string OfSize(int size)
    {
        var head = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::""";
        const string Tail = "\"}]}";
        return head + new string('b', Math.Max(1, size - head.Length - Tail.Length)) + Tail;
    }
}
