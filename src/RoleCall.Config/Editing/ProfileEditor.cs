using RoleCall.Config.Ini;
using RoleCall.Config.Profiles;

namespace RoleCall.Config.Editing;

/// <summary>
/// Edits the shared files in place as <c>aws configure set</c> does, but safely: under an exclusive lock,
/// on the lossless document (one changed line per key), re-read as botocore would before anything is
/// written, and written atomically. A malformed file is refused (file:line) and left untouched.
/// <para>Public API: <see cref="SetValue"/> (credential keys go to the credentials file, all else to the config
/// file), <see cref="SetSubValue"/> (<c>s3.max_concurrent_requests</c>), <see cref="SetSectionValue"/>
/// (<c>[preview]</c>/<c>[plugins]</c>), <see cref="UnsetValue"/>, <see cref="IsCredentialKey"/>.</para>
/// </summary>
public sealed class ProfileEditor(AwsPaths paths, TimeProvider? time = null, TimeSpan? lockTimeout = null)
{
    private static readonly string[] CredentialKeys = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token"];

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly TimeSpan _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10);

    /// <summary>The keys <c>aws configure set</c> writes to the credentials file.</summary>
    public static bool IsCredentialKey(string key) => CredentialKeys.Contains(key, StringComparer.OrdinalIgnoreCase);

    public void SetValue(string profile, string key, string value)
    {
        EditSettings.Validate(profile, key, null, value);
        var kind = IsCredentialKey(key) ? ConfigFileKind.Credentials : ConfigFileKind.Config;
        Edit(kind, profile, (file, section, header) => IniEditor.Set(file, section, header, key, value),
            found => found?.GetValue(key)?.Value == PythonText.Strip(value));
    }

    public void SetSubValue(string profile, string key, string subKey, string value)
    {
        EditSettings.Validate(profile, key, subKey, value);
        var kind = IsCredentialKey(key) ? ConfigFileKind.Credentials : ConfigFileKind.Config;
        Edit(kind, profile, (file, section, header) => IniEditor.SetSub(file, section, header, key, subKey, value),
            found => found?.GetSubProperty(key, subKey) == PythonText.Strip(value));
    }

    /// <summary>
    /// Several keys of one profile at once (interactive <c>configure</c>): one locked read-modify-write per file,
    /// credential keys to the credentials file, the rest to the config file.
    /// </summary>
    public void SetValues(string profile, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            EditSettings.Validate(profile, key, null, value);
        }

        foreach (var group in values.GroupBy(kv => IsCredentialKey(kv.Key) ? ConfigFileKind.Credentials : ConfigFileKind.Config))
        {
            var batch = group.ToList();
            Edit(group.Key, profile, batch.Select(kv => (Action<IniFile, IniSection?, string>)((file, section, header) => IniEditor.Set(file, section, header, kv.Key, kv.Value))),
                found => batch.All(kv => found?.GetValue(kv.Key)?.Value == PythonText.Strip(kv.Value)));
        }
    }

    /// <summary>Removes a key from the profile's section in the file it belongs to; false when it was not there.</summary>
    public bool UnsetValue(string profile, string key)
    {
        EditSettings.Validate(profile, key, null, string.Empty);
        var removed = false;
        var kind = IsCredentialKey(key) ? ConfigFileKind.Credentials : ConfigFileKind.Config;
        Edit(kind, profile, (file, section, _) => removed = IniEditor.Unset(file, section, key.ToLowerInvariant()),
            found => found?.GetValue(key) is null || !removed);
        return removed;
    }

    /// <summary>A key in a config-file section that is not a profile, by exact header: <c>preview.cloudfront</c>.</summary>
    public void SetSectionValue(string section, string key, string value)
    {
        EditSettings.Validate(section, key, null, value);
        Update(ConfigFileKind.Config, file =>
        {
            IniEditor.Set(file, file.Sections.LastOrDefault(s => s.Header == section), section, key, value);
            return reparsed => reparsed.Sections.FirstOrDefault(s => s.Header == section)?.Find(key.ToLowerInvariant())?.Value == PythonText.Strip(value);
        });
    }

    private void Edit(ConfigFileKind kind, string profile, Action<IniFile, IniSection?, string> edit, Func<ProfileSection?, bool> verify) =>
        Edit(kind, profile, [edit], verify);

    private void Edit(ConfigFileKind kind, string profile, IEnumerable<Action<IniFile, IniSection?, string>> edits, Func<ProfileSection?, bool> verify)
    {
        Update(kind, original =>
        {
            var file = original;
            foreach (var edit in edits)
            {
                // Re-read between edits: line numbers move and the first edit may have created the section.
                file = IniParser.Parse(file.Document, file.Path);

                // An existing section is edited whatever its name; a new one must read back as this profile.
                var section = FindSection(kind, file, profile);
                edit(file, section, section?.Header ?? EditSettings.HeaderFor(kind, profile));
            }

            return reparsed =>
            {
                var set = kind == ConfigFileKind.Config ? new ProfileSet(reparsed, null) : new ProfileSet(null, reparsed);
                return verify(set.Profiles.GetValueOrDefault(profile));
            };
        });
    }

    /// <summary>The section botocore reads for the profile: the last matching one (the later of [default]/[profile default]).</summary>
    private static IniSection? FindSection(ConfigFileKind kind, IniFile file, string profile) =>
        kind == ConfigFileKind.Credentials
            ? file.Sections.LastOrDefault(s => s.Header == profile)
            : file.Sections.LastOrDefault(s => SectionName.InConfigFile(s.Header) == new SectionIdentity(SectionKind.Profile, profile));

    /// <summary>Lock, read, edit, re-read the result as botocore would, write atomically; nothing is written on any failure.</summary>
    private void Update(ConfigFileKind kind, Func<IniFile, Func<IniFile, bool>> edit)
    {
        var path = kind == ConfigFileKind.Config ? paths.ConfigFile : paths.CredentialsFile;
        AtomicFile.EnsureDirectory(path);
        using var fileLock = AcquireLock(path);
        var original = IniFileReader.ReadTextIfExists(path);
        var file = IniParser.Parse(IniDocument.Parse(original ?? string.Empty), path);
        var verify = edit(file);
        var updated = file.Document.Render();
        var reparsed = IniParser.Parse(IniDocument.Parse(updated), path);
        if (!verify(reparsed))
        {
            throw ConfigErrors.EditNotReadBack(path);
        }

        if (updated != original)
        {
            AtomicFile.Write(path, updated, kind);
        }
    }

    private FileLock AcquireLock(string path)
    {
        try
        {
            return FileLock.Acquire(path, _lockTimeout, _time);
        }
        catch (UnauthorizedAccessException e)
        {
            throw ConfigErrors.WriteFailed(path, "permission denied", e);
        }
    }
}
