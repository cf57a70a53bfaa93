namespace RoleCall.Protocol.Operations;

/// <summary>
/// Every operation name the Query services (iam, sts, ec2) have on AWS, from botocore's models
/// (tools/gen-aws-operations.py). An unknown action is answered with AWS's own words; an AWS operation that
/// serve does not implement is answered with a sentence that says so, so that a user does not take a missing
/// feature for a typing mistake. Read once, on the first such error; never on a served call.
/// </summary>
public static class AwsOperationNames
{
    private static readonly Lazy<HashSet<string>> Names = new(Load);

    /// <summary>Whether AWS's <paramref name="service"/> (`iam`, `sts`, `ec2`) has an operation of this name.</summary>
    public static bool Exists(string service, string operation) => Names.Value.Contains(service + " " + operation);

    private static HashSet<string> Load()
    {
        using var stream = typeof(AwsOperationNames).Assembly.GetManifestResourceStream("RoleCall.Protocol.AwsOperations.txt")
            ?? throw new InvalidOperationException("RoleCall.Protocol.AwsOperations.txt is not embedded: the build is broken.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            names.Add(line);
        }

        return names;
    }
}
