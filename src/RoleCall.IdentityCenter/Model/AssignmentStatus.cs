namespace RoleCall.IdentityCenter.Model;

/// <summary>The status record an assignment request leaves (DescribeAccountAssignmentCreation/DeletionStatus).</summary>
public sealed record AssignmentStatus(string Id, string Scope, string Operation, AccountAssignment Assignment, DateTimeOffset CreatedDate, string Status, string? FailureReason)
    : IcItem(Id, Scope);
