namespace RoleCall.Cli.Tests.Configure;

/// <summary>Golden tables in the AWS CLI v1 layout (`'%10s %24s %16s    %s'`).</summary>
public sealed class ConfigureListCommandTests : IDisposable
{
    private const string Header =
        "      Name                    Value             Type    Location\n" +
        "      ----                    -----             ----    --------\n";

    private readonly ConfigureHarness _cli = new();

    public ConfigureListCommandTests()
    {
        _cli.WriteConfig("[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/A\nsource_profile = default\n");
        _cli.WriteCredentials("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Should_show_file_values_with_masked_keys()
    {
        Assert.Equal((0, Header +
            "   profile                <not set>             None    None\n" +
            "access_key     ****************MPLE shared-credentials-file    \n" +
            "secret_key     ****************EKEY shared-credentials-file    \n" +
            "    region                us-west-2      config-file    ~/.aws/config\n", ""), _cli.Run("configure", "list"));
    }

    [Fact]
    public void Should_show_environment_values_and_the_variable_names()
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAXXXXXXXXXXXXABCD";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "sss";
        _cli.Environment["AWS_DEFAULT_REGION"] = "xx";
        _cli.Environment["AWS_PROFILE"] = "dev";
        Assert.Equal((0, Header +
            "   profile                      dev              env    ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']\n" +
            "access_key     ****************ABCD              env    \n" +
            "secret_key      ****************sss              env    \n" +
            "    region                       xx              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']\n", ""), _cli.Run("configure", "list"));
    }

    [Fact]
    public void Should_skip_environment_keys_for_an_explicit_profile_and_show_manual_options()
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAXXXXXXXXXXXXABCD";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "sss";
        _cli.Environment["AWS_CONFIG_FILE"] = _cli.ConfigFile;
        Assert.Equal((0, Header +
            "   profile                      dev           manual    --profile\n" +
            "access_key                <not set>             None    None\n" +
            "secret_key                <not set>             None    None\n" +
            $"    region                eu-west-1      config-file    {_cli.ConfigFile}\n", ""), _cli.Run("configure", "list", "--profile", "dev"));
        Assert.EndsWith("    region                   ap-x-1           manual    --region\n", _cli.Run("configure", "list", "--profile", "dev", "--region", "ap-x-1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_every_profile_of_both_files_in_botocore_order()
    {
        _cli.WriteCredentials("[only-creds]\naws_access_key_id = A\n[dev]\naws_access_key_id = B\n");
        Assert.Equal((0, "default\ndev\nadmin\nonly-creds\n", ""), _cli.Run("configure", "list-profiles"));
    }
}
