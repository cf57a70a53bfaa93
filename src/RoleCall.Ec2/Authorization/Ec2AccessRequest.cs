namespace RoleCall.Ec2.Authorization;

/// <summary>
/// One question for the policy engine: may the caller do <paramref name="Action"/> (`ec2:RunInstances`) on
/// <paramref name="ResourceArn"/> with these service condition keys (`ec2:InstanceType`,
/// `ec2:ResourceTag/K`, `aws:RequestTag/K`, `aws:TagKeys`, `ec2:Region`, ...)? The global keys
/// (`aws:PrincipalArn`, `aws:RequestedRegion`, ...) are the authorizer's to add.
/// </summary>
public sealed record Ec2AccessRequest(string Action, string ResourceArn, IReadOnlyDictionary<string, IReadOnlyList<string>> Conditions);
