using System.Globalization;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>
/// botocore's client-side validation of the sts commands' parameters, from the STS service model's `min`
/// bounds (the only bound botocore checks): a too-short string or too-small number stops the command with
/// botocore's words and exit 252 before anything is sent (issue 16, item 4). Members are checked in the
/// model's order, as the AWS CLI builds its parameters.
/// </summary>
internal sealed class StsParameterRules
{
    private readonly List<string> _problems = [];

    public static void Check(AssumeRoleRequest r, StsParameters parsed) => new StsParameterRules()
        .Length("RoleArn", r.RoleArn, 20)
        .Length("RoleSessionName", r.RoleSessionName, 2)
        .Reported(parsed.ProblemsOf("PolicyArns"))
        .PolicyArns(r.PolicyArns)
        .Length("Policy", r.Policy, 1)
        .Value("DurationSeconds", r.DurationSeconds, 900)
        .Reported(parsed.ProblemsOf("Tags"))
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

    public static void Check(GetFederationTokenRequest r, StsParameters parsed) => new StsParameterRules()
        .Length("Name", r.Name, 2)
        .Length("Policy", r.Policy, 1)
        .Reported(parsed.ProblemsOf("PolicyArns"))
        .PolicyArns(r.PolicyArns)
        .Value("DurationSeconds", r.DurationSeconds, 900)
        .Reported(parsed.ProblemsOf("Tags"))
        .Tags(r.Tags)
        .ThrowIfAny();

    public static void CheckAccessKeyId(string accessKeyId) => new StsParameterRules().Length("AccessKeyId", accessKeyId, 16).ThrowIfAny();

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

    /// <summary>The members the parameters' reader found missing or unknown (<see cref="StsParameters.ProblemsOf"/>).</summary>
    private StsParameterRules Reported(IReadOnlyList<string> problems)
    {
        _problems.AddRange(problems);
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
