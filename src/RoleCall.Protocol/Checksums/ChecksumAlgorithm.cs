namespace RoleCall.Protocol.Checksums;

/// <summary>
/// S3's flexible checksums: the header name (`x-amz-checksum-crc32`), and the value as S3 puts it on the
/// wire (base64 of the big-endian digest). https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html
/// </summary>
public enum ChecksumAlgorithm
{
    Crc32,
    Crc32C,
    Sha1,
    Sha256,
}
