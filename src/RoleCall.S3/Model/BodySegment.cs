namespace RoleCall.S3.Model;

/// <summary>
/// One committed body file and its length. A PutObject or CopyObject object has one segment; a completed
/// multipart upload keeps its parts' bodies as its segments, in part order, so completion moves no bytes.
/// </summary>
public sealed record BodySegment(string BodyId, long Size);
