namespace RoleCall.Cli.Output;

/// <summary>
/// The AWS CLI's `cli_timestamp_format`: v1's default `wire` prints timestamps exactly as the XML carries
/// them (2024-01-01T00:00:00Z); `iso8601` (v2's default) re-prints them as Python's isoformat()
/// (2024-01-01T00:00:00+00:00).
/// </summary>
internal enum TimestampFormat
{
    Wire,
    Iso8601,
}
