using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;

namespace RoleCall.Web.Handlers;

/// <summary>
/// /console/security-credentials: the signed-in user's own ARN, MFA devices and access keys, with the
/// actions AWS's page offers. Every change is an IAM call as that user, so the user's policies decide.
/// </summary>
internal sealed class SecurityCredentialsHandler(IamCalls iam, ConsoleSignIn signIn, PageRenderer pages)
{
    public Task ShowAsync(ConsoleRequest request) => RenderAsync(request, null, null, null);

    public Task PostAsync(ConsoleRequest request, IFormCollection form)
    {
        var session = request.Session!;
        var caller = session.Current;
        string? notice = null;
        CreatedKey? created = null;
        try
        {
            switch (form["op"].ToString())
            {
                case "create-key":
                    created = Created(iam.Iam(caller, "CreateAccessKey"));
                    break;
                case "deactivate" or "activate":
                    var status = form["op"] == "activate" ? "Active" : "Inactive";
                    iam.Iam(caller, "UpdateAccessKey", ("AccessKeyId", form["key"].ToString()), ("Status", status));
                    notice = $"Access key {form["key"]} is now {status.ToLowerInvariant()}.";
                    break;
                case "delete-key":
                    iam.Iam(caller, "DeleteAccessKey", ("AccessKeyId", form["key"].ToString()));
                    notice = $"Access key {form["key"]} was deleted.";
                    break;
                case "assign-mfa":
                    session.AssigningMfa = MfaAssignment.Create(iam, caller, form["devicename"].ToString());
                    break;
                case "enable-mfa":
                    notice = MfaAssignment.Enable(iam, signIn, session, caller, form["code1"].ToString(), form["code2"].ToString());
                    break;
                case "change-password":
                    notice = ChangePassword(caller, form);
                    break;
                default:
                    return RenderAsync(request, "Unknown action.", null, null);
            }
        }
        catch (AwsServiceException e)
        {
            return RenderAsync(request, ConsoleErrors.Describe(e), null, null);
        }

        return RenderAsync(request, null, notice, created);
    }

    private string ChangePassword(Caller caller, IFormCollection form)
    {
        if (form["newpassword"] != form["confirmpassword"])
        {
            throw new AwsServiceException("ValidationError", "The new passwords do not match.", 400);
        }

        iam.Iam(caller, "ChangePassword", ("OldPassword", form["oldpassword"].ToString()), ("NewPassword", form["newpassword"].ToString()));
        return "Your password was changed.";
    }

    private async Task RenderAsync(ConsoleRequest request, string? error, string? notice, CreatedKey? created)
    {
        var session = request.Session!;
        var caller = session.Current;
        var manage = caller.Kind is PrincipalKind.User or PrincipalKind.Root;
        IReadOnlyList<MfaRow> devices = [];
        IReadOnlyList<AccessKeyRow> keys = [];
        if (manage)
        {
            try
            {
                devices = [.. iam.Iam(caller, "ListMFADevices").Members("MFADevices").Select(d => new MfaRow(d.Text("SerialNumber") ?? "", d.Text("EnableDate") ?? ""))];
                keys = [.. iam.Iam(caller, "ListAccessKeys").Members("AccessKeyMetadata").Select(k => Row(caller, k))];
            }
            catch (AwsServiceException e)
            {
                error ??= ConsoleErrors.Describe(e);
            }
        }
        else
        {
            error ??= "Security credentials belong to IAM users and the root user. Switch back to manage yours.";
        }

        var model = new SecurityCredentialsModel(request.Chrome("Security credentials", error, notice), caller.Arn, devices, keys, created,
            session.AssigningMfa is { UserName: null } device ? MfaAssignment.View(device) : null, manage);
        await pages.WriteAsync<SecurityCredentialsPage>(request.Http, model, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private AccessKeyRow Row(Caller caller, Protocol.Query.ResultNode key)
    {
        var id = key.Text("AccessKeyId") ?? "";
        var used = iam.Iam(caller, "GetAccessKeyLastUsed", ("AccessKeyId", id)).Text("AccessKeyLastUsed", "LastUsedDate");
        return new AccessKeyRow(id, key.Text("Status") ?? "", key.Text("CreateDate") ?? "", used ?? "Never");
    }

    private static CreatedKey Created(Protocol.Query.ResultStruct? result)
    {
        var id = result.Text("AccessKey", "AccessKeyId") ?? "";
        var secret = result.Text("AccessKey", "SecretAccessKey") ?? "";
        var user = result.Text("AccessKey", "UserName") ?? "root";

        // The AWS console's file: a header line and one row, offered as a download straight from this page.
        var csv = $"Access key ID,Secret access key\r\n{id},{secret}\r\n";
        var uri = "data:text/csv;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));
        return new CreatedKey(id, secret, uri, $"{user}_accessKeys.csv");
    }
}
