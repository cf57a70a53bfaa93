using RoleCall.Config.Editing;
using RoleCall.Config.Profiles;
using RoleCall.Config.Tests.Support;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Editing;

public sealed class ProfileEditorTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private ProfileEditor Editor => new(_home.Paths);

    private ProfileSet Reload() => ProfileSet.Load(_home.Paths);

    [Fact]
    public void Should_replace_only_the_line_of_an_existing_key_keeping_its_style()
    {
        _home.WriteConfig("# mine\n[default]\n  Region:us-east-1\noutput = json\n\n[profile x]\nregion = a\n");
        Editor.SetValue("default", "region", "eu-west-1");
        Assert.Equal("# mine\n[default]\n  Region:eu-west-1\noutput = json\n\n[profile x]\nregion = a\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_add_a_new_key_after_the_last_key_of_its_section()
    {
        _home.WriteConfig("[default]\nregion = r\n\n# about x\n[profile x]\nregion = a\n");
        Editor.SetValue("default", "output", "text");
        Assert.Equal("[default]\nregion = r\noutput = text\n\n# about x\n[profile x]\nregion = a\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_append_a_new_section_at_the_end_and_terminate_a_last_line_without_newline()
    {
        _home.WriteConfig("[default]\nregion = r");
        Editor.SetValue("dev", "region", "eu-west-2");
        Assert.Equal("[default]\nregion = r\n[profile dev]\nregion = eu-west-2\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_keep_crlf_line_endings_of_the_file()
    {
        _home.WriteConfig("[default]\r\nregion = r\r\n");
        Editor.SetValue("default", "output", "json");
        Assert.Equal("[default]\r\nregion = r\r\noutput = json\r\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_write_credential_keys_to_the_credentials_file_under_a_bare_section()
    {
        Editor.SetValue("dev", "aws_access_key_id", "AKIDEXAMPLE");
        Editor.SetValue("dev", "region", "us-east-2");
        Assert.Equal("[dev]\naws_access_key_id = AKIDEXAMPLE\n", _home.ReadCredentials());
        Assert.Equal("[profile dev]\nregion = us-east-2\n", _home.ReadConfig());
        Assert.Equal("AKIDEXAMPLE", Reload().Profiles["dev"].Get("aws_access_key_id"));
    }

    [Fact]
    public void Should_create_the_aws_directory_0700_and_the_credentials_file_0600()
    {
        Editor.SetValue("default", "aws_secret_access_key", "secret");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_home.Paths.AwsDirectory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_home.CredentialsFile));
    }

    [Fact]
    public void Should_restore_0600_on_a_credentials_file_that_was_readable_by_others_and_keep_the_config_mode()
    {
        _home.WriteCredentials("[default]\naws_access_key_id = A\n");
        _home.WriteConfig("[default]\n");
        File.SetUnixFileMode(_home.CredentialsFile, (UnixFileMode)Convert.ToInt32("644", 8));
        File.SetUnixFileMode(_home.ConfigFile, (UnixFileMode)Convert.ToInt32("640", 8));
        Editor.SetValue("default", "aws_access_key_id", "B");
        Editor.SetValue("default", "region", "r");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_home.CredentialsFile));
        Assert.Equal((UnixFileMode)Convert.ToInt32("640", 8), File.GetUnixFileMode(_home.ConfigFile));
    }

    [Fact]
    public void Should_edit_the_section_botocore_reads_when_default_is_defined_twice()
    {
        _home.WriteConfig("[default]\nregion = old\n[profile default]\nregion = effective\n");
        Editor.SetValue("default", "region", "new");
        Assert.Equal("[default]\nregion = old\n[profile default]\nregion = new\n", _home.ReadConfig());
        Assert.Equal("new", Reload().Profiles["default"].Get("region"));
    }

    [Fact]
    public void Should_find_a_quoted_profile_header_and_quote_new_names_with_spaces()
    {
        _home.WriteConfig("[profile \"my profile\"]\nregion = a\n");
        Editor.SetValue("my profile", "region", "b");
        Editor.SetValue("other one", "region", "c");
        Assert.Equal("[profile \"my profile\"]\nregion = b\n[profile 'other one']\nregion = c\n", _home.ReadConfig());
        Assert.Equal("c", Reload().Profiles["other one"].Get("region"));
    }

    [Fact]
    public void Should_set_nested_values_in_place_in_a_block_or_as_a_new_block()
    {
        _home.WriteConfig("[default]\ns3 =\n  max_concurrent_requests = 10\nregion = r\n");
        Editor.SetSubValue("default", "s3", "max_concurrent_requests", "20");
        Editor.SetSubValue("default", "s3", "max_queue_size", "100");
        Editor.SetSubValue("default", "cloudwatch", "signature_version", "v4");
        Assert.Equal(
            "[default]\ns3 =\n  max_concurrent_requests = 20\n  max_queue_size = 100\nregion = r\ncloudwatch =\n    signature_version = v4\n",
            _home.ReadConfig());
        Assert.Equal("100", Reload().Profiles["default"].GetSubProperty("s3", "max_queue_size"));
    }

    [Fact]
    public void Should_remove_a_key_and_its_continuation_lines()
    {
        _home.WriteConfig("[default]\nregion = r\ns3 =\n  a = 1\noutput = json\n");
        Assert.True(Editor.UnsetValue("default", "s3"));
        Assert.False(Editor.UnsetValue("default", "s3"));
        Assert.Equal("[default]\nregion = r\noutput = json\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_set_a_key_in_a_non_profile_section()
    {
        _home.WriteConfig("[preview]\ncloudfront = false\n");
        Editor.SetSectionValue("preview", "cloudfront", "true");
        Editor.SetSectionValue("plugins", "foo", "bar");
        Assert.Equal("[preview]\ncloudfront = true\n[plugins]\nfoo = bar\n", _home.ReadConfig());
    }

    [Theory]
    [InlineData("default", "region", "two\nlines")]
    [InlineData("default", "re=gion", "v")]
    [InlineData("default", "[region", "v")]
    [InlineData("bad\nname", "region", "v")]
    [InlineData("a\"b", "region", "v")]
    public void Should_refuse_what_would_not_read_back_and_leave_the_file_untouched(string profile, string key, string value)
    {
        _home.WriteConfig("[default]\nregion = r\n");
        Assert.Throws<ConfigurationException>(() => Editor.SetValue(profile, key, value));
        Assert.Equal("[default]\nregion = r\n", _home.ReadConfig());
    }

    [Fact]
    public void Should_refuse_DEFAULT_as_a_credentials_profile()
    {
        Assert.Throws<ConfigurationException>(() => Editor.SetValue("DEFAULT", "aws_access_key_id", "A"));
        Assert.False(File.Exists(_home.CredentialsFile));
    }

    [Fact]
    public void Should_refuse_to_edit_a_malformed_file_naming_its_line_and_leave_it_untouched()
    {
        const string Broken = "[default]\nregion = r\nnot a setting\n";
        _home.WriteConfig(Broken);
        var error = Assert.Throws<ConfigurationException>(() => Editor.SetValue("default", "output", "json"));
        Assert.Contains($"{_home.ConfigFile}:3", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.Equal(Broken, _home.ReadConfig());
    }

    [Fact]
    public void Should_leave_the_old_file_intact_when_the_directory_is_read_only()
    {
        _home.WriteConfig("[default]\nregion = r\n");
        _home.MakeReadOnly(_home.Paths.AwsDirectory);
        var error = Assert.Throws<ConfigurationException>(() => Editor.SetValue("default", "region", "new"));
        Assert.Contains(_home.ConfigFile, error.Message, StringComparison.Ordinal);
        Assert.Equal("[default]\nregion = r\n", _home.ReadConfig());
        Assert.Equal(["config"], Directory.GetFiles(_home.Paths.AwsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_write_through_a_symlinked_config_file()
    {
        var real = Path.Combine(_home.Root, "real-config");
        File.WriteAllText(real, "[default]\n");
        Directory.CreateDirectory(_home.Paths.AwsDirectory);
        File.CreateSymbolicLink(_home.ConfigFile, real);
        Editor.SetValue("default", "region", "r");
        Assert.NotNull(new FileInfo(_home.ConfigFile).LinkTarget);
        Assert.Equal("[default]\nregion = r\n", File.ReadAllText(real));
    }

    [Fact]
    public void Should_not_lose_an_update_when_many_writers_set_keys_at_once()
    {
        _home.WriteConfig("[default]\n");
        const int Writers = 64;
        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            new ProfileEditor(_home.Paths, lockTimeout: TimeSpan.FromSeconds(30)).SetValue("default", $"key{i}", $"value{i}"));
        var profile = Reload().Profiles["default"];
        Assert.Equal(Writers, profile.Values.Count);
        Assert.All(Enumerable.Range(0, Writers), i => Assert.Equal($"value{i}", profile.Get($"key{i}")));
    }

    [Fact]
    public void Should_leave_no_lock_file_beside_the_files_it_writes()
    {
        Editor.SetValue("default", "region", "r");
        Editor.SetValue("default", "aws_access_key_id", "AKIDEXAMPLE");
        Assert.Equal(["config", "credentials"], Directory.GetFiles(_home.Paths.AwsDirectory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Should_wait_for_a_writer_holding_the_lock_and_time_out_naming_the_file()
    {
        _home.WriteConfig("[default]\n");
        using (FileLock.Acquire(_home.ConfigFile, TimeSpan.FromSeconds(1), TimeProvider.System))
        {
            var editor = new ProfileEditor(_home.Paths, lockTimeout: TimeSpan.FromMilliseconds(200));
            var error = Assert.Throws<ConfigurationException>(() => editor.SetValue("default", "region", "r"));
            Assert.Contains(_home.ConfigFile, error.Message, StringComparison.Ordinal);
            Assert.Contains("lock", error.Message, StringComparison.Ordinal);
        }

        Editor.SetValue("default", "region", "r");
        Assert.Equal("[default]\nregion = r\n", _home.ReadConfig());
    }
}
