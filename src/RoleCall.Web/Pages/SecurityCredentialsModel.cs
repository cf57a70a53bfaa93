namespace RoleCall.Web.Pages;

/// <summary>
/// My security credentials: the ARN, MFA devices, access keys, and at most one of: the secret of a key created
/// just now (shown this once), or the virtual MFA device being assigned (QR code and secret, waiting for codes).
/// </summary>
public sealed record SecurityCredentialsModel(
    PageChrome Chrome,
    string Arn,
    IReadOnlyList<MfaRow> MfaDevices,
    IReadOnlyList<AccessKeyRow> AccessKeys,
    CreatedKey? Created,
    NewMfaDevice? Assigning,
    bool CanManage);

public sealed record MfaRow(string SerialNumber, string EnableDate);

public sealed record AccessKeyRow(string AccessKeyId, string Status, string Created, string LastUsed);

/// <summary>A new key's secret for the one-time dialog, and the same as a .csv (as the AWS console offers it).</summary>
public sealed record CreatedKey(string AccessKeyId, string SecretAccessKey, string CsvDataUri, string CsvFileName);

/// <summary>A virtual device created for assignment: its serial, the QR code as a PNG data URI, and the Base32 secret.</summary>
public sealed record NewMfaDevice(string SerialNumber, string QrPngDataUri, string SecretBase32);
