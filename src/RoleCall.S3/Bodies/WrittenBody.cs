namespace RoleCall.S3.Bodies;

/// <summary>A body written and verified: its committed id, size, MD5 (hex) and the flexible checksum when one was computed.</summary>
public sealed record WrittenBody(string BodyId, long Size, string Md5Hex, KeyValuePair<string, string>? Checksum);
