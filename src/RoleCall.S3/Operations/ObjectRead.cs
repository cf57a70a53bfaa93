using RoleCall.S3.Model;

namespace RoleCall.S3.Operations;

/// <summary>
/// A GetObject or HeadObject answer: the object, and either 304 Not Modified, or the body (null for HEAD)
/// with the range it covers (null: all of it). The caller disposes <see cref="Body"/>.
/// </summary>
public sealed record ObjectRead(S3Object Entry, bool NotModified, ByteRange? Range, Stream? Body);
