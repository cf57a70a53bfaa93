namespace RoleCall.Iam.Policies;

/// <summary>IAM counts a policy's size without white space ("IAM doesn't count white space ... against these limits").</summary>
public static class PolicySize
{
    public static int Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var size = 0;
        foreach (var c in document)
        {
            if (!char.IsWhiteSpace(c))
            {
                size++;
            }
        }

        return size;
    }
}
