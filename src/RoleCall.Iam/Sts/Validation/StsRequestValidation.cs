using RoleCall.Iam.Sts.Requests;

namespace RoleCall.Iam.Sts.Validation;

/// <summary>The STS API reference's constraints per action, checked before anything is looked up.</summary>
internal static class StsRequestValidation
{
    public const int MaxSessionPolicyLength = 2048;

    public static void Validate(AssumeRoleRequest r)
    {
        var v = new ParameterValidator()
            .Required("roleArn", r.RoleArn)
            .Required("roleSessionName", r.RoleSessionName)
            .Length("roleArn", r.RoleArn, 20, 2048)
            .Length("roleSessionName", r.RoleSessionName, 2, 64)
            .Pattern("roleSessionName", r.RoleSessionName, StsPatterns.Name(), StsPatterns.NameText)
            .Range("durationSeconds", r.DurationSeconds, 900, 43200)
            .Length("externalId", r.ExternalId, 2, 1224)
            .Pattern("externalId", r.ExternalId, StsPatterns.ExternalId(), StsPatterns.ExternalIdText);
        MfaAndSessionFields(v, r.SerialNumber, r.TokenCode, r.Policy, r.PolicyArns);
        v.Count("tags", r.Tags, 50)
            .Count("transitiveTagKeys", r.TransitiveTagKeys, 50)
            .Length("sourceIdentity", r.SourceIdentity, 2, 64)
            .Pattern("sourceIdentity", r.SourceIdentity, StsPatterns.Name(), StsPatterns.NameText);
        Tags(v, r.Tags);
        v.ThrowIfInvalid();
    }

    /// <summary>The MFA pair and the session-policy fields AssumeRole, GetSessionToken and GetFederationToken share.</summary>
    public static ParameterValidator MfaAndSessionFields(
        ParameterValidator v, string? serialNumber, string? tokenCode, string? policy, IReadOnlyCollection<string> policyArns) =>
        v.Length("serialNumber", serialNumber, 9, 256)
            .Pattern("serialNumber", serialNumber, StsPatterns.SerialNumber(), StsPatterns.SerialNumberText)
            .Length("tokenCode", tokenCode, 6, 6)
            .Pattern("tokenCode", tokenCode, StsPatterns.TokenCode(), StsPatterns.TokenCodeText)
            .Length("policy", policy, 1, MaxSessionPolicyLength)
            .Count("policyArns", policyArns, 10);

    public static ParameterValidator Tags(ParameterValidator v, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            var field = $"tags.{i + 1}.member";
            v.Length(field + ".key", tags[i].Key, 1, 128)
                .Pattern(field + ".key", tags[i].Key, StsPatterns.TagKey(), StsPatterns.TagKeyText)
                .Length(field + ".value", tags[i].Value, 0, 256)
                .Pattern(field + ".value", tags[i].Value, StsPatterns.TagValue(), StsPatterns.TagValueText);
        }

        return v;
    }
}
