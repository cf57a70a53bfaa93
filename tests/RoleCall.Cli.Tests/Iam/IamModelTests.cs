using System.Text.RegularExpressions;
using RoleCall.Cli.Commands;
using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Testing;

namespace RoleCall.Cli.Tests.Iam;

public sealed class IamModelTests
{
    [Fact]
    public void Should_list_exactly_the_operations_of_the_embedded_model_with_their_cli_names()
    {
        var model = IamModel.Instance.Operations.Select(o => (o.Name, o.CliName)).OrderBy(o => o.Name).ToList();
        var listed = IamCommands.Operations.Select(o => (o.Operation, o.CliName)).OrderBy(o => o.Operation).ToList();
        Assert.Equal(model, listed);
    }

    [Fact]
    public void Should_keep_member_order_and_required_members_of_the_api()
    {
        var createRole = IamModel.Instance.Operation("CreateRole").Input!;
        Assert.Equal(["Path", "RoleName", "AssumeRolePolicyDocument", "Description", "MaxSessionDuration", "PermissionsBoundary", "Tags"],
            createRole.Members.Select(m => m.Name));
        Assert.Equal(["AssumeRolePolicyDocument", "RoleName"], createRole.Required.Order());
        Assert.Equal("assume-role-policy-document", createRole.Members[2].CliName);
    }

    [Theory]
    [InlineData("CreateUser")]
    [InlineData("TagUser")]
    [InlineData("CreatePolicyVersion")]
    [InlineData("SimulateCustomPolicy")]
    [InlineData("PutRolePolicy")]
    public void Should_generate_the_same_cli_skeleton_as_the_aws_cli(string operation)
    {
        var op = IamModel.Instance.Operation(operation);
        var expected = Peers.Run("aws", ["iam", op.CliName, "--generate-cli-skeleton"]);
        // botocore fills an enum with a random member; compare which member is there only by kind.
        static string Normalize(string json) => Regex.Replace(json.TrimEnd(), "\"ContextKeyType\": \"\\w+\"", "\"ContextKeyType\": \"<enum>\"");
        Assert.Equal(Normalize(expected), Normalize(CliSkeleton.For(op.Input)));
    }
}
