using System.Net;

namespace RoleCall.S3.Validation;

/// <summary>
/// General purpose bucket naming rules: 3-63 characters of lower-case letters, digits, dots and hyphens;
/// beginning and ending with a letter or digit; no two adjacent dots; not an IP address; none of the
/// reserved prefixes and suffixes. https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
/// </summary>
public static class BucketNames
{
    private static readonly string[] ReservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];
    private static readonly string[] ReservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    public static bool IsValid(string name)
    {
        if (name.Length is < 3 or > 63 || !IsAlphanumeric(name[0]) || !IsAlphanumeric(name[^1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAlphanumeric(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        return !name.Contains("..", StringComparison.Ordinal)
            && !IPAddress.TryParse(name, out _)
            && !ReservedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
            && !ReservedSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>Throws InvalidBucketName (400) unless valid.</summary>
    public static void Require(string name)
    {
        if (!IsValid(name))
        {
            throw S3Errors.InvalidBucketName(name);
        }
    }

    private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
