using RoleCall.Config.Editing;
using RoleCall.Config.Tests.Support;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Editing;

/// <summary>
/// Issue 17, item 10: editing through a symlink turned a 0664 config target into 0644, and a dangling
/// credentials symlink failed with a raw resource key instead of a sentence.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SymlinkEditingTests : IDisposable
{
    private const UnixFileMode GroupWritable = (UnixFileMode)0b110_110_100;

    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Should_keep_a_group_writable_targets_mode_when_editing_through_a_symlink()
    {
        var real = Path.Combine(_home.Root, "shared-config");
        File.WriteAllText(real, "[default]\n");
        File.SetUnixFileMode(real, GroupWritable);
        Directory.CreateDirectory(_home.Paths.AwsDirectory);
        File.CreateSymbolicLink(_home.ConfigFile, real);

        new ProfileEditor(_home.Paths).SetValue("default", "region", "eu-west-1");

        Assert.Equal("[default]\nregion = eu-west-1\n", File.ReadAllText(real));
        Assert.Equal(GroupWritable, File.GetUnixFileMode(real));
    }

    [Fact]
    public void Should_explain_a_dangling_credentials_symlink_in_a_sentence()
    {
        var missing = Path.Combine(_home.Root, "gone", "credentials");
        Directory.CreateDirectory(_home.Paths.AwsDirectory);
        File.CreateSymbolicLink(_home.CredentialsFile, missing);

        var error = Assert.Throws<ConfigurationException>(() =>
            new ProfileEditor(_home.Paths).SetValue("default", "aws_access_key_id", "AKIAEXAMPLE"));

        Assert.Equal($"Unable to write config file: {_home.CredentialsFile}: it is a symbolic link to {missing}, and {Path.GetDirectoryName(missing)} does not exist", error.Message);
    }
}
