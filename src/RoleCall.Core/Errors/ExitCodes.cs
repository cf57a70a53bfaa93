namespace RoleCall.Core.Errors;

/// <summary>The AWS CLI v2's return codes, used everywhere in rolecall (documented in the README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>`configure get` of an unset key, `policy check` with problems: a "no" that is not an error.</summary>
    public const int NotFound = 1;

    public const int Interrupted = 130;
    public const int BadSyntax = 252;
    public const int InvalidConfiguration = 253;
    public const int ServiceError = 254;
    public const int OtherFailure = 255;
}
