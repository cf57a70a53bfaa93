using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// botocore's client-side validation of STS parameters, from the STS service model's `min` bounds (the only
/// bound botocore checks): a too-short string or too-small number stops the call with botocore's words and
/// exit 252 before anything is sent (issue 16, item 4). Members are checked in the model's order, as the AWS
/// CLI builds its parameters. <see cref="StsClient"/> checks every request, so the calls the credential chain
/// makes (a profile's `duration_seconds`, a typed MFA code) are refused as botocore refuses them too.
/// </summary>
public sealed class StsParameterRules
{
    private readonly List<string> _problems = [];

    public static void Check(AssumeRoleRequest r, Func<string, IReadOnlyList<string>>? reported = null) => new StsParameterRules()
        .Length("RoleArn", r.RoleArn, 20)
        .Length("RoleSessionName", r.RoleSessionName, 2)
        .Reported(reported, "PolicyArns")
        .PolicyArns(r.PolicyArns)
        .Length("Policy", r.Policy, 1)
        .Value("DurationSeconds", r.DurationSeconds, 900)
        .Reported(reported, "Tags")
        .Tags(r.Tags)
        .Each("TransitiveTagKeys", r.TransitiveTagKeys, 1)
        .Length("ExternalId", r.ExternalId, 2)
        .Length("SerialNumber", r.SerialNumber, 9)
        .Length("TokenCode", r.TokenCode, 6)
        .Length("SourceIdentity", r.SourceIdentity, 2)
        .ThrowIfAny();

    public static void Check(GetSessionTokenRequest r) => new StsParameterRules()
        .Value("DurationSeconds", r.DurationSeconds, 900)
        .Length("SerialNumber", r.SerialNumber, 9)
        .Length("TokenCode", r.TokenCode, 6)
        .ThrowIfAny();

    public static void Check(GetFederationTokenRequest r, Func<string, IReadOnlyList<string>>? reported = null) => new StsParameterRules()
        .Length("Name", r.Name, 2)
        .Length("Policy", r.Policy, 1)
        .Reported(reported, "PolicyArns")
        .PolicyArns(r.PolicyArns)
        .Value("DurationSeconds", r.DurationSeconds, 900)
        .Reported(reported, "Tags")
        .Tags(r.Tags)
        .ThrowIfAny();

    public static void CheckAccessKeyId(string accessKeyId) => new StsParameterRules().Length("AccessKeyId", accessKeyId, 16).ThrowIfAny();

    public static void CheckEncodedMessage(string encodedMessage) => new StsParameterRules().Length("EncodedMessage", encodedMessage, 1).ThrowIfAny();

    private StsParameterRules Length(string name, string? value, int min)
    {
        if (value is not null && value.Length < min)
        {
            _problems.Add($"Invalid length for parameter {name}, value: {value.Length}, valid min length: {min}");
        }

        return this;
    }

    private StsParameterRules Value(string name, int? value, int min)
    {
        if (value is { } number && number < min)
        {
            _problems.Add($"Invalid value for parameter {name}, value: {number.ToString(CultureInfo.InvariantCulture)}, valid min value: {min}");
        }

        return this;
    }

    /// <summary>
    /// What the command line's reader found in one list parameter's items before there was a request to check:
    /// botocore's "Missing required parameter in Tags[0]" and "Unknown parameter in PolicyArns[0]" lines, in place.
    /// </summary>
    private StsParameterRules Reported(Func<string, IReadOnlyList<string>>? reported, string member)
    {
        _problems.AddRange(reported?.Invoke(member) ?? []);
        return this;
    }

    private StsParameterRules PolicyArns(IReadOnlyList<string> arns)
    {
        for (var i = 0; i < arns.Count; i++)
        {
            Length($"PolicyArns[{i}].arn", arns[i], 20);
        }

        return this;
    }

    private StsParameterRules Tags(IReadOnlyList<StsTag> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            Length($"Tags[{i}].Key", tags[i].Key, 1);
        }

        return this;
    }

    private StsParameterRules Each(string name, IReadOnlyList<string> values, int min)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Length($"{name}[{i}]", values[i], min);
        }

        return this;
    }

    private void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw ParameterValidationException.Of(_problems);
        }
    }
}
