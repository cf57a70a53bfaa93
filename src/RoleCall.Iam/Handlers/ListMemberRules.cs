using RoleCall.Iam.Sts.Requests;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// The required members of every list-of-structure parameter of IAM and STS, checked for every action before
/// it is authorized or run, as AWS validates its input first: a member sent without one is a ValidationError
/// in AWS's words ("Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be
/// null"), never a member silently dropped or read as empty (issue 16, item 1). From botocore's iam and sts
/// models, where every such parameter is `Tags` (Tag: Key and Value required); `PolicyArns` needs its `arn`
/// (without it the member would be lost and the session left unrestricted). ContextEntries, ProvidedContexts
/// have no required members.
/// </summary>
internal static class ListMemberRules
{
    private static readonly (string List, string[] Fields)[] Rules =
    [
        ("Tags", ["Key", "Value"]),
        ("PolicyArns", ["arn"]),
    ];

    public static void Check(IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var (list, fields) in Rules)
        {
            StsParameters.RequireFields(parameters, list, fields);
        }
    }
}
