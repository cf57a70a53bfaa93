using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

/// <summary>
/// Issue 17, item 4: free text is held to the IAM model's character patterns on the way in, so a control
/// character never reaches the store (a description holding U+0001 once broke every listing of the account).
/// </summary>
public sealed class ControlCharacterInputTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    /// <summary>roleDescriptionType: `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.</summary>
    private static bool DescriptionAllows(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA1 && c <= 0xFF);

    [Fact]
    public void Should_accept_a_role_description_character_exactly_when_the_model_pattern_does()
    {
        for (var code = 0; code <= 0x17F; code++)
        {
            var c = (char)code;
            var name = $"role-{code:x}";
            var description = "a" + c + "b";
            if (DescriptionAllows(c))
            {
                iam.Call("CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", Documents.TrustAccount), ("Description", description));
                Assert.Equal(description, iam.Call("GetRole", ("RoleName", name))!.Text("Role", "Description"));
            }
            else
            {
                var error = iam.Fails("CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", Documents.TrustAccount), ("Description", description));
                Assert.Equal("ValidationError", error.Code);
                Assert.Contains("at 'description' failed to satisfy constraint: Member must satisfy regular expression pattern", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Should_refuse_a_control_character_in_a_description_update()
    {
        iam.Call("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount));

        Assert.Equal("ValidationError", iam.Fails("UpdateRole", ("RoleName", "r"), ("Description", "a\u0001b")).Code);
        Assert.Equal("ValidationError", iam.Fails("UpdateRoleDescription", ("RoleName", "r"), ("Description", "a\u0085b")).Code);
    }

    [Theory]
    [InlineData("CreateUser", "UserName")]
    [InlineData("TagUser", "UserName")]
    [InlineData("CreateRole", "RoleName")]
    [InlineData("TagRole", "RoleName")]
    public void Should_refuse_a_control_character_in_a_tag_value(string action, string nameParameter)
    {
        iam.Call("CreateUser", ("UserName", "u"));
        iam.Call("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
        var name = nameParameter == "UserName" ? "u2" : "r2";
        if (action.StartsWith("Tag", StringComparison.Ordinal))
        {
            name = nameParameter == "UserName" ? "u" : "r";
        }

        var error = iam.Fails(action, (nameParameter, name), ("AssumeRolePolicyDocument", Documents.TrustAccount),
            ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "a\u0001b"));

        Assert.Equal("ValidationError", error.Code);
        Assert.Contains(@"at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]*", error.Message, StringComparison.Ordinal);
    }
}
