namespace RoleCall.Credentials.Http;

/// <summary>What the query client needs of an HTTP answer: status, body, and two headers.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The body as UTF-8 text.</param>
/// <param name="RequestId">The <c>x-amzn-RequestId</c> header, when present.</param>
/// <param name="Date">The <c>Date</c> header (the service's clock, for skew correction), when present and valid.</param>
public sealed record QueryHttpResponse(int Status, string Body, string? RequestId, DateTimeOffset? Date)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
