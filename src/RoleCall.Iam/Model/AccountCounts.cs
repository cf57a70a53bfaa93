namespace RoleCall.Iam.Model;

/// <summary>How many of each entity an account holds (GetAccountSummary's usage figures).</summary>
public sealed record AccountCounts(int Users, int Groups, int Roles, int Policies, int PolicyVersionsInUse, int MfaDevices, int MfaDevicesInUse, int AttachedPolicies);
