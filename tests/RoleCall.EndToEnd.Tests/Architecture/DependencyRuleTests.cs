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
        { "RoleCall.Vault", ["RoleCall.Core"] },
        // The service logic: pure layers below, store ports of their own; S3 asks IAM's engine for decisions.
        { "RoleCall.Iam", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy"] },
        { "RoleCall.Ec2", ["RoleCall.Core", "RoleCall.Protocol"] },
        { "RoleCall.S3", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam"] },
        // Identity Center provisions IAM roles and hands out sessions of them.
        { "RoleCall.IdentityCenter", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam"] },
        // The web console and the access portal: pages over the IAM and Identity Center services.
        { "RoleCall.Web", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam", "RoleCall.IdentityCenter"] },
        // Storage implements the ports.
        { "RoleCall.Iam.Sqlite", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam", "RoleCall.S3", "RoleCall.Ec2", "RoleCall.IdentityCenter"] },
        { "RoleCall.Store.Postgres", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam", "RoleCall.S3", "RoleCall.Ec2", "RoleCall.IdentityCenter"] },
        // HTTP only: the services and their ports, never a store implementation (the composition root picks it).
        { "RoleCall.Server", ["RoleCall.Core", "RoleCall.Protocol", "RoleCall.Policy", "RoleCall.Iam", "RoleCall.S3", "RoleCall.Ec2", "RoleCall.IdentityCenter", "RoleCall.Web"] },
        // The composition root may reference everything.
        { "rolecall", [.. SourceProjects().Where(p => p != "RoleCall.Cli")] },
    };

    [Fact]
    public void Should_state_the_rule_for_every_project_of_the_solution()
    {
        // A new src project must be added to the table above, so no project escapes the rule.
        var covered = Allowed.Select(row => (string)row[0]).Select(n => n == "rolecall" ? "RoleCall.Cli" : n);

        Assert.Equal(SourceProjects().Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_keep_sqlite_out_of_the_server()
    {
        var references = Assembly.Load("RoleCall.Server").GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, n => n.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    /// <summary>The src projects RoleCall.slnx lists, by project name.</summary>
    private static IEnumerable<string> SourceProjects()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RoleCall.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "RoleCall.slnx not found above the test's directory");
        var solution = File.ReadAllText(Path.Combine(directory.FullName, "RoleCall.slnx"));
        return System.Text.RegularExpressions.Regex.Matches(solution, "Path=\"src/([^/]+)/").Select(m => m.Groups[1].Value);
    }

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
