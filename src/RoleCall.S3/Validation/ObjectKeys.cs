using System.Text;

namespace RoleCall.S3.Validation;

/// <summary>Object keys: 1 to 1,024 bytes of UTF-8. https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html</summary>
public static class ObjectKeys
{
    public const int MaxBytes = 1024;

    /// <summary>Throws KeyTooLongError (400) for a key over 1,024 bytes.</summary>
    public static void Require(string key)
    {
        var bytes = Encoding.UTF8.GetByteCount(key);
        if (bytes > MaxBytes)
        {
            throw S3Errors.KeyTooLong(bytes);
        }
    }
}
