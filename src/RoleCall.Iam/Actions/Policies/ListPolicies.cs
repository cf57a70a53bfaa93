using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>
/// ListPolicies: Scope All|AWS|Local, OnlyAttached, PathPrefix, Marker, MaxItems. AWS managed policies come
/// first, then the account's own; the marker remembers which part it stopped in.
/// </summary>
internal sealed class ListPolicies : IamActionHandler
{
    private const char Separator = '\u001F';

    public override string Action => "ListPolicies";

    public override string ResourceArn(ActionContext context) => $"arn:aws:iam::{context.AccountId}:policy/";

    public override ResultStruct? Execute(ActionContext context)
    {
        var scope = context.Parameters.Optional("Scope") ?? "All";
        if (scope is not ("All" or "AWS" or "Local"))
        {
            throw IamErrors.Constraint(scope, "scope", "Member must satisfy enum value set: [All, AWS, Local]");
        }

        var onlyAttached = context.Parameters.OptionalBool("OnlyAttached") ?? false;
        var prefix = Entities.ReadPathPrefix(context);
        var request = Paging.Read(context.Parameters);
        var (part, after) = Split(request.After);
        var items = new List<ManagedPolicy>();
        string? next = null;
        bool Keep(ManagedPolicy p) => !onlyAttached || PolicyUsage.Of(context, p).Attachments > 0;

        if (scope != "Local" && part != "local")
        {
            var aws = context.Runtime.ManagedCatalog.Policies.Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal) && Keep(p));
            var slice = Paging.Slice(aws, p => p.Name, new PageRequest(after, request.Limit));
            items.AddRange(slice.Items);
            next = slice.IsTruncated ? Join("aws", slice.NextAfter!) : null;
            after = null;
        }

        if (scope != "AWS" && next is null)
        {
            next = AddLocal(context, prefix, onlyAttached, new PageRequest(after, request.Limit - items.Count), items);
        }

        return Result.Of(Action, [
            Result.List("Policies", items.Select(p => Shapes.Policy(p, PolicyUsage.Of(context, p), withDescription: false, withTags: false, name: "member"))),
            .. Result.Paging(Paging.Encode(next)),
        ]);
    }

    /// <summary>Appends a page of the account's policies; returns the marker to continue with, or null.</summary>
    private static string? AddLocal(ActionContext context, string prefix, bool onlyAttached, PageRequest page, List<ManagedPolicy> items)
    {
        var store = context.Store;
        if (page.Limit <= 0)
        {
            // The page is full of AWS policies: point the marker at the start of the local ones, if any exist.
            return store.ListPolicies(context.AccountId, prefix, new PageRequest(null, 1)).Items.Count > 0 ? Join("local", "") : null;
        }

        // OnlyAttached filters after reading, so it pages in memory (an account has few policies attached).
        var found = onlyAttached
            ? Paging.Slice(store.ListPolicies(context.AccountId, prefix, PageRequest.All).Items.Where(p => PolicyUsage.Of(context, p).Attachments > 0), p => p.Name, page)
            : store.ListPolicies(context.AccountId, prefix, page);
        items.AddRange(found.Items);
        return found.NextAfter is null ? null : Join("local", found.NextAfter);
    }

    private static string Join(string part, string after) => $"{part}{Separator}{after}";

    private static (string? Part, string? After) Split(string? marker)
    {
        if (marker is null)
        {
            return (null, null);
        }

        var cut = marker.IndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? throw IamErrors.InvalidMarker() : (marker[..cut], marker[(cut + 1)..] is { Length: > 0 } a ? a : null);
    }
}
