namespace RoleCall.Iam.Sts.Clock;

/// <summary>What the dev-clock endpoint answers: an HTTP status and a JSON body.</summary>
public sealed record ClockEndpointResult(int StatusCode, string Body);
