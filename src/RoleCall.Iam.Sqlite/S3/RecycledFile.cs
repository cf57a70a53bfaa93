namespace RoleCall.Iam.Sqlite.S3;

/// <summary>A file in <see cref="RecycledFiles"/>' directory and its length when it was kept.</summary>
internal readonly record struct RecycledFile(string Path, long Length);
