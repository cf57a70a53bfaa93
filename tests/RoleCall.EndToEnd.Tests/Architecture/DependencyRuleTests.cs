using System.Reflection;

namespace RoleCall.EndToEnd.Tests.Architecture;

/// <summary>ARCHITECTURE.md's dependency rule, checked over the built assemblies' references.</summary>
public sealed class DependencyRuleTests
{
    // Each project and the RoleCall projects it may reference. Iam references Protocol for the shared
    // QueryRequest/ResultNode types (pure, no I/O): see the note on issue 3.
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "RoleCall.Core", [] },
        { "RoleCall.Protocol", ["RoleCall.Core"] },
        { "RoleCall.Config", ["RoleCall.Core"] },
        { "RoleCall.Policy", ["RoleCall.Core"] },
        { "RoleCall.JmesPath", ["RoleCall.Core"] },
        { "RoleCall.Credentials", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Config"] },
        { "RoleCall.Iam", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy"] },
        { "RoleCall.Ec2", ["RoleCall.Core", "RoleCall.Protocol"] },
        { "RoleCall.S3", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam"] },
        { "RoleCall.Iam.Sqlite", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam", "RoleCall.Ec2", "RoleCall.S3"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Should_reference_only_what_the_dependency_rule_allows(string project, string[] allowed)
    {
        var assembly = Assembly.Load(project);
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("RoleCall.", StringComparison.Ordinal));
        Assert.Empty(references.Except(allowed));
    }

    [Theory]
    [InlineData("RoleCall.Core")]
    [InlineData("RoleCall.Protocol")]
    [InlineData("RoleCall.Config")]
    [InlineData("RoleCall.Policy")]
    [InlineData("RoleCall.JmesPath")]
    public void Should_keep_pure_projects_free_of_network_and_database(string project)
    {
        var references = Assembly.Load(project).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("System.Net.Http", StringComparison.Ordinal)
            || n.StartsWith("System.Net.Sockets", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.Data", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
