using System.ComponentModel;
using System.Diagnostics;

namespace RoleCall.Vault.Pass;

/// <summary>
/// The `pass` backend: each item is the gpg-encrypted entry rolecall/NAME in the password store
/// (https://www.passwordstore.org), written with `pass insert -m -f` from stdin and read with `pass show`;
/// gpg-agent does the unlocking. Listing walks the store's files (no decryption) and opens each entry for
/// its key ID. The child gets <paramref name="environment"/> (PASSWORD_STORE_DIR, GNUPGHOME, ...).
/// </summary>
public sealed class PassBackend(IReadOnlyDictionary<string, string> environment) : IVaultBackend
{
    public const string Folder = "rolecall";

    public string Name => "pass";

    private string StoreDirectory =>
        environment.GetValueOrDefault("PASSWORD_STORE_DIR") is { Length: > 0 } dir ? dir : Path.Combine(environment.GetValueOrDefault("HOME") ?? "~", ".password-store");

    public bool Contains(string name) => System.IO.File.Exists(Path.Combine(StoreDirectory, Folder, ItemNames.ToFileName(name) + ".gpg"));

    public IReadOnlyList<VaultEntry> List()
    {
        var folder = Path.Combine(StoreDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var entries = new List<VaultEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.gpg").Order(StringComparer.Ordinal))
        {
            var name = ItemNames.FromFileName(Path.GetFileNameWithoutExtension(file));
            try
            {
                var item = Read(name);
                entries.Add(new VaultEntry(name, item?.MaskedKeyId ?? "(damaged)", item?.Updated ?? DateTimeOffset.MinValue));
            }
            catch (VaultException)
            {
                entries.Add(new VaultEntry(name, "(damaged)", DateTimeOffset.MinValue));
            }
        }

        return entries;
    }

    public VaultItem? Read(string name)
    {
        if (!Contains(name))
        {
            return null;
        }

        var (code, output, error) = Run(["show", Entry(name)], null);
        if (code != 0)
        {
            throw VaultErrors.BackendFailed(Name, $"`pass show {Entry(name)}` exited {code}: {FirstLine(error)}");
        }

        return ItemPayload.Decode(output) ?? throw VaultErrors.Damaged(name, Entry(name), "its content is not an item");
    }

    public void Write(string name, VaultItem item)
    {
        // The payload goes through stdin, never argv; pass writes the entry via a temp file and gpg, then renames.
        var (code, _, error) = Run(["insert", "--multiline", "--force", Entry(name)], ItemPayload.Encode(item));
        if (code != 0)
        {
            throw VaultErrors.BackendFailed(Name, $"`pass insert {Entry(name)}` exited {code}: {FirstLine(error)}");
        }
    }

    public bool Remove(string name)
    {
        if (!Contains(name))
        {
            return false;
        }

        var (code, _, error) = Run(["rm", "--force", Entry(name)], null);
        return code == 0 ? true : throw VaultErrors.BackendFailed(Name, $"`pass rm {Entry(name)}` exited {code}: {FirstLine(error)}");
    }

    /// <summary>
    /// `gpgconf --reload gpg-agent`: gpg-agent drops every cached passphrase on a reload (SIGHUP), so the next
    /// `pass show` asks for the key's passphrase again. That is the only lock gpg has, and it is per user, not per
    /// store: other gpg keys are forgotten too. No agent running is nothing to forget.
    /// </summary>
    public string? Lock()
    {
        var (code, _, error) = Run("gpgconf", ["--reload", "gpg-agent"], null);
        return code == 0
            ? "gpg-agent forgot its cached passphrases (gpgconf --reload gpg-agent)"
            : throw VaultErrors.BackendFailed(Name, $"`gpgconf --reload gpg-agent` exited {code}: {FirstLine(error)}");
    }

    private static string Entry(string name) => Folder + "/" + ItemNames.ToFileName(name);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private (int Code, byte[] Output, string Error) Run(IReadOnlyList<string> arguments, byte[]? input) => Run("pass", arguments, input);

    private (int Code, byte[] Output, string Error) Run(string program, IReadOnlyList<string> arguments, byte[]? input)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            throw VaultErrors.BackendFailed(Name, $"`{program}` is not installed", e);
        }
    }
}
