using RoleCall.Config.Ini;

namespace RoleCall.Config.Editing;

/// <summary>
/// Moves long-term keys out of the credentials file on the lossless document (STYLE.md 3): in every section
/// with aws_access_key_id and aws_secret_access_key but no session token, those two lines go and one
/// `credential_process = ...` line takes their place; comments, blank lines and every other key stay byte for
/// byte. <see cref="Plan"/> only reads; <see cref="Commit"/> writes a 0600 backup of the original, then the new
/// file atomically, under the same lock as every other edit, and refuses if the file changed in between.
/// </summary>
public static class CredentialsImport
{
    private const string KeyId = "aws_access_key_id";
    private const string Secret = "aws_secret_access_key";

    public static ImportPlan Plan(AwsPaths paths, Func<string, string> processLine)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(processLine);
        var path = paths.CredentialsFile;
        var original = IniFileReader.ReadTextIfExists(path) ?? string.Empty;
        var file = IniParser.Parse(IniDocument.Parse(original), path);
        var moved = new List<ImportedKeys>();
        for (var i = 0; i < file.Sections.Count; i++)
        {
            var section = file.Sections[i];
            if (section.Find(KeyId) is not { } keyId || section.Find(Secret) is not { } secret || section.Contains("aws_session_token"))
            {
                continue;
            }

            moved.Add(new ImportedKeys(section.Header, keyId.Value, secret.Value));

            // The secret's lines go, then any older credential_process (the new one replaces it), then the key ID
            // line becomes the credential_process line; re-read between edits as line numbers move.
            IniEditor.Unset(file, section, Secret);
            file = IniParser.Parse(file.Document, path);
            IniEditor.Unset(file, file.Sections[i], "credential_process");
            file = IniParser.Parse(file.Document, path);
            var keyLine = file.Sections[i].Find(KeyId)!;
            file.Document.RemoveRange(keyLine.FirstLine + 1, keyLine.LastLine - keyLine.FirstLine);
            file.Document.Replace(keyLine.FirstLine, $"credential_process = {processLine(section.Header)}");
            file = IniParser.Parse(file.Document, path);
        }

        return new ImportPlan(path, original, file.Document.Render(), moved);
    }

    /// <summary>Writes the backup (0600) and then the new file (atomic rename); nothing when the file changed since <see cref="Plan"/>.</summary>
    public static void Commit(ImportPlan plan, string backupPath, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var fileLock = FileLock.Acquire(plan.Path, TimeSpan.FromSeconds(10), time);
        if ((IniFileReader.ReadTextIfExists(plan.Path) ?? string.Empty) != plan.Original)
        {
            throw ConfigErrors.WriteFailed(plan.Path, "it changed while the keys were being imported; run `rolecall vault import` again", null);
        }

        AtomicFile.Write(backupPath, plan.Original, ConfigFileKind.Credentials);
        AtomicFile.Write(plan.Path, plan.Updated, ConfigFileKind.Credentials);
    }

    /// <summary>
    /// The inverse, for `vault export`: the profile's rolecall credential_process line in the credentials file
    /// becomes its two key lines again (or the keys are set in its section, or a new section), atomically.
    /// </summary>
    public static void Restore(AwsPaths paths, ImportedKeys keys, string processLine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(keys);
        var path = paths.CredentialsFile;
        AtomicFile.EnsureDirectory(path);
        using var fileLock = FileLock.Acquire(path, TimeSpan.FromSeconds(10), time);
        var file = IniParser.Parse(IniDocument.Parse(IniFileReader.ReadTextIfExists(path) ?? string.Empty), path);
        var section = file.Sections.LastOrDefault(s => s.Header == keys.Profile);
        if (section?.Find("credential_process") is { } line && line.Value == processLine)
        {
            file.Document.RemoveRange(line.FirstLine + 1, line.LastLine - line.FirstLine);
            file.Document.Replace(line.FirstLine, $"{KeyId} = {keys.AccessKeyId}");
            file.Document.Insert(line.FirstLine + 1, [$"{Secret} = {keys.SecretAccessKey}"]);
        }
        else
        {
            IniEditor.Set(file, section, keys.Profile, KeyId, keys.AccessKeyId);
            file = IniParser.Parse(file.Document, path);
            IniEditor.Set(file, file.Sections.LastOrDefault(s => s.Header == keys.Profile), keys.Profile, Secret, keys.SecretAccessKey);
        }

        AtomicFile.Write(path, file.Document.Render(), ConfigFileKind.Credentials);
    }
}
