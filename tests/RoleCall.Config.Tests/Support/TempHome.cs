using System.Diagnostics;

namespace RoleCall.Config.Tests.Support;

/// <summary>A throw-away HOME so tests never touch the real ~/.aws; deleted on dispose.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Root = Directory.CreateTempSubdirectory("rolecall-home-").FullName;
        Environment = AwsEnvironment.From(new Dictionary<string, string> { ["HOME"] = Root });
        Paths = AwsPaths.From(Environment, windows: false);
    }

    private readonly List<string> _readOnly = [];

    public string Root { get; }

    public AwsEnvironment Environment { get; }

    public AwsPaths Paths { get; }

    public string ConfigFile => Paths.ConfigFile;

    public string CredentialsFile => Paths.CredentialsFile;

    public void WriteConfig(string text) => Write(ConfigFile, text);

    public void WriteCredentials(string text) => Write(CredentialsFile, text);

    public string ReadConfig() => File.ReadAllText(ConfigFile);

    public string ReadCredentials() => File.ReadAllText(CredentialsFile);

    /// <summary>Makes a directory unwritable even for root (chattr +i), or by mode for other users; undone on dispose.</summary>
    public void MakeReadOnly(string directory)
    {
        SetReadOnly(directory, readOnly: true);
        _readOnly.Add(directory);
    }

    public void Dispose()
    {
        foreach (var directory in _readOnly)
        {
            SetReadOnly(directory, readOnly: false);
        }

        Directory.Delete(Root, recursive: true);
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void SetReadOnly(string directory, bool readOnly)
    {
        if (System.Environment.UserName == "root")
        {
            using var chattr = Process.Start("chattr", [readOnly ? "+i" : "-i", directory])!;
            chattr.WaitForExit();
            Assert.True(chattr.ExitCode == 0, "chattr is needed to make a directory read-only for root (apt-get install e2fsprogs)");
        }
        else
        {
            File.SetUnixFileMode(directory, readOnly
                ? UnixFileMode.UserRead | UnixFileMode.UserExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
