using RoleCall.Ec2.Authorization;

namespace RoleCall.Ec2.Service;

/// <summary>
/// One authenticated EC2 request as the server hands it over: the caller's account, the region of the
/// signature's scope, the action, the flat Query parameters, and the policy engine bound to the caller.
/// </summary>
public sealed record Ec2Call(string AccountId, string Region, string Action, IReadOnlyDictionary<string, string> Parameters, IEc2Authorizer Authorizer);
