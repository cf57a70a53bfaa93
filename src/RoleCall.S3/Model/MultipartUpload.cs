namespace RoleCall.S3.Model;

/// <summary>A multipart upload in progress (CreateMultipartUpload until Complete or Abort).</summary>
public sealed record MultipartUpload(string UploadId, string Bucket, string Key, DateTimeOffset Initiated, string InitiatorArn, ObjectHeaders Headers);
