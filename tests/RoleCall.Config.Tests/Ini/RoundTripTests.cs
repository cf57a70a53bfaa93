using System.Text;
using RoleCall.Config.Editing;
using RoleCall.Config.Ini;
using RoleCall.Config.Profiles;
using RoleCall.Config.Tests.Support;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Ini;

/// <summary>
/// Issue 2's round trip: every fixture file, parsed and written back unedited, is byte-identical; and one
/// `set` of an existing single-line key changes exactly that line and nothing else.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> FixtureFiles() =>
    [
        .. Directory.GetFiles(RepoPaths.ConfigFixtures, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "config" or "credentials")
            .Select(f => Path.GetRelativePath(RepoPaths.ConfigFixtures, f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Should_render_every_fixture_back_byte_for_byte(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.ConfigFixtures, relative));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: botocore and RoleCall both refuse it, so there is nothing to write back.
            Assert.Throws<ConfigurationException>(() => IniFileReader.ReadIfExists(Path.Combine(RepoPaths.ConfigFixtures, relative)));
            return;
        }

        var rendered = IniDocument.Parse(text).Render();
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(rendered));
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Should_change_exactly_one_line_when_setting_an_existing_key(string relative)
    {
        var source = Path.Combine(RepoPaths.ConfigFixtures, relative);
        var isConfig = Path.GetFileName(relative) == "config";
        IniFile parsed;
        try
        {
            parsed = IniFileReader.ReadIfExists(source)!;
        }
        catch (ConfigurationException)
        {
            return; // malformed on purpose: editing it is refused (ProfileEditorTests)
        }

        var set = isConfig ? new ProfileSet(parsed, null) : new ProfileSet(null, parsed);
        var target = set.Profiles.Values
            .SelectMany(p => p.Values.Select(v => (Profile: p.Name, Key: v.Key, Value: v.Value)))
            .FirstOrDefault(t => !t.Value.Value.Contains('\n', StringComparison.Ordinal) && t.Value.Origin.Line > 0
                && parsed.Sections.Any(s => s.Find(t.Key)?.FirstLine == t.Value.Origin.Line - 1));
        if (target.Profile is null)
        {
            return; // no single-line key to change
        }

        using var home = new TempHome();
        var destination = isConfig ? home.ConfigFile : home.CredentialsFile;
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
        var before = File.ReadAllText(destination);
        var key = target.Key;
        var editor = new ProfileEditor(home.Paths);
        if (ProfileEditor.IsCredentialKey(key) == isConfig)
        {
            return; // `set` would route this key to the other file
        }

        editor.SetValue(target.Profile, key, "changed-by-test");
        var beforeLines = IniDocument.Parse(before).Lines;
        var afterLines = IniDocument.Parse(File.ReadAllText(destination)).Lines;
        Assert.Equal(beforeLines.Count, afterLines.Count);
        var changed = beforeLines.Zip(afterLines).Count(pair => pair.First != pair.Second);
        Assert.Equal(1, changed);
    }
}
