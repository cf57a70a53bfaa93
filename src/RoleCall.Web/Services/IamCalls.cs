using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Web.Services;

/// <summary>
/// The console's service calls: every page acts through <see cref="IIamService.Execute"/> as the signed-in
/// identity, so the same policy engine decides as for a signed API call. Errors are AWS's
/// (AccessDenied included), for the page to show.
/// </summary>
public sealed class IamCalls(IIamService iam)
{
    public ResultStruct? Iam(Caller caller, string action, params (string Name, string Value)[] parameters) =>
        Call(caller, "iam", "2010-05-08", action, parameters);

    public ResultStruct? Sts(Caller caller, string action, params (string Name, string Value)[] parameters) =>
        Call(caller, "sts", "2011-06-15", action, parameters);

    public SigningKey? FindKey(string accessKeyId) => iam.FindSigningKey(accessKeyId);

    private ResultStruct? Call(Caller caller, string service, string version, string action, (string Name, string Value)[] parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        var info = new RequestInfo("127.0.0.1", false, "us-east-1", Guid.NewGuid().ToString());
        return iam.Execute(caller, new QueryRequest(service, action, version, values), info);
    }
}
