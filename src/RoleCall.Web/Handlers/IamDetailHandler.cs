using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;

namespace RoleCall.Web.Handlers;

/// <summary>
/// Detail pages: a user with its security credentials (keys, MFA devices); a role with its trust policy and
/// attached and inline policies; a policy with the JSON of its default version. Each read is an IAM call
/// as the current identity.
/// </summary>
internal sealed class IamDetailHandler(IamCalls iam, PageRenderer pages)
{
    public Task UserAsync(ConsoleRequest request, string name, string? error = null, string? notice = null) => DetailAsync(request, $"User {name}", caller =>
    {
        var user = iam.Iam(caller, "GetUser", ("UserName", name));
        var keys = iam.Iam(caller, "ListAccessKeys", ("UserName", name)).Members("AccessKeyMetadata").Select(k => $"{k.Text("AccessKeyId")}  {k.Text("Status")}  {k.Text("CreateDate")}");
        var mfa = iam.Iam(caller, "ListMFADevices", ("UserName", name)).Members("MFADevices").Select(d => d.Text("SerialNumber") ?? "");
        return ([("ARN", user.Text("User", "Arn") ?? ""), ("Created", user.Text("User", "CreateDate") ?? "")],
            [("Security credentials: access keys", Lines(keys)), ("Security credentials: MFA devices", Lines(mfa))]);
    }, UserMfa(request, name), error, notice);

    /// <summary>The user page's forms: Assign MFA device (CreateVirtualMFADevice), then Add MFA (EnableMFADevice for that user).</summary>
    public Task PostUserAsync(ConsoleRequest request, string name, IFormCollection form)
    {
        var session = request.Session!;
        string? notice = null;
        try
        {
            switch (form["op"].ToString())
            {
                case "assign-mfa":
                    session.AssigningMfa = MfaAssignment.Create(iam, session.Current, form["devicename"].ToString(), name);
                    break;
                case "enable-mfa":
                    notice = MfaAssignment.EnableFor(iam, session, session.Current, name, form["code1"].ToString(), form["code2"].ToString());
                    break;
                default:
                    return UserAsync(request, name, "Unknown action.");
            }
        }
        catch (AwsServiceException e)
        {
            return UserAsync(request, name, ConsoleErrors.Describe(e));
        }

        return UserAsync(request, name, null, notice);
    }

    private static UserMfaModel UserMfa(ConsoleRequest request, string name) =>
        new(name, request.Session!.AssigningMfa is { } device && device.UserName == name ? MfaAssignment.View(device) : null);

    public Task RoleAsync(ConsoleRequest request, string name) => DetailAsync(request, $"Role {name}", caller =>
    {
        var role = iam.Iam(caller, "GetRole", ("RoleName", name));
        var attached = iam.Iam(caller, "ListAttachedRolePolicies", ("RoleName", name)).Members("AttachedPolicies").Select(p => p.Text("PolicyArn") ?? "");
        var inline = iam.Iam(caller, "ListRolePolicies", ("RoleName", name)).Members("PolicyNames").Select(p => ((ResultValue)p).Value).ToList();
        var sections = new List<(string, string)> { ("Trust policy", Json(role.Text("Role", "AssumeRolePolicyDocument"))), ("Attached policies", Lines(attached)) };
        foreach (var policy in inline)
        {
            sections.Add(($"Inline policy {policy}", Json(iam.Iam(caller, "GetRolePolicy", ("RoleName", name), ("PolicyName", policy)).Text("PolicyDocument"))));
        }

        return ([("ARN", role.Text("Role", "Arn") ?? ""), ("Max session duration", role.Text("Role", "MaxSessionDuration") ?? "")], sections);
    });

    public Task PolicyAsync(ConsoleRequest request) => DetailAsync(request, "Policy", caller =>
    {
        var arn = request.Query("arn");
        var policy = iam.Iam(caller, "GetPolicy", ("PolicyArn", arn));
        var version = policy.Text("Policy", "DefaultVersionId") ?? "v1";
        var document = iam.Iam(caller, "GetPolicyVersion", ("PolicyArn", arn), ("VersionId", version)).Text("PolicyVersion", "Document");
        return ([("ARN", arn), ("Default version", version)], [("Policy document", Json(document))]);
    });

    private async Task DetailAsync(ConsoleRequest request, string title,
        Func<Iam.Model.Caller, (IReadOnlyList<(string, string)> Facts, IReadOnlyList<(string, string)> Sections)> read,
        UserMfaModel? mfa = null, string? error = null, string? notice = null)
    {
        try
        {
            var (facts, sections) = read(request.Session!.Current);
            await pages.WriteAsync<IamDetailPage>(request.Http, new IamDetailModel(request.Chrome(title, error, notice), facts, sections, mfa),
                error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }
        catch (AwsServiceException e)
        {
            await pages.WriteAsync<IamDetailPage>(request.Http, new IamDetailModel(request.Chrome(title, error ?? ConsoleErrors.Describe(e)), [], []), e.HttpStatus);
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) is { Length: > 0 } text ? text : "(none)";

    /// <summary>IAM returns documents URL-encoded; the page shows them decoded and indented.</summary>
    private static string Json(string? encoded)
    {
        var text = Uri.UnescapeDataString(encoded ?? "");
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(document.RootElement, JsonIndented.Options);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
