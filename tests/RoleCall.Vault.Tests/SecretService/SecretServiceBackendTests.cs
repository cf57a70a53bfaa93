using RoleCall.Testing;
using RoleCall.Vault.SecretService;

namespace RoleCall.Vault.Tests.SecretService;

/// <summary>
/// The secret-service backend against a real gnome-keyring-daemon on a private session bus, with libsecret's
/// `secret-tool` as the independent judge of what landed in the keyring.
/// </summary>
public sealed class SecretServiceBackendTests : IDisposable
{
    private static readonly VaultItem Keys = new("AKIAKEYRINGKEYRING12", "keyring/secret+key", null, null, new DateTimeOffset(2026, 12, 6, 5, 0, 0, TimeSpan.Zero));

    private readonly KeyringSession _keyring = new();

    private SecretServiceBackend Backend() => new(_keyring.Address, TimeSpan.FromSeconds(10));

    [Fact]
    public void Should_store_an_item_that_secret_tool_finds_by_profile_and_reads_back()
    {
        using (var backend = Backend())
        {
            backend.Write("dev", Keys);
        }

        var found = _keyring.Run("secret-tool", "search", "--all", "application", "rolecall", "profile", "dev");
        Assert.True(found.ExitCode == 0, found.StandardError);
        Assert.Contains("label = rolecall AWS keys for profile dev", found.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("attribute.item = dev", found.StandardError, StringComparison.Ordinal); // secret-tool prints attributes on stderr

        // The secret crossed the bus DH-encrypted; libsecret decrypts it with its own implementation.
        var secret = _keyring.Run("secret-tool", "lookup", "application", "rolecall", "profile", "dev").StandardOutput;
        Assert.Equal(Keys, ItemPayload.Decode(System.Text.Encoding.UTF8.GetBytes(secret)));
        using var reader = Backend();
        Assert.Equal(Keys, reader.Read("dev"));
        Assert.True(reader.Contains("dev"));
        Assert.False(reader.Contains("prod"));
        Assert.Null(reader.Read("prod"));
    }

    [Fact]
    public void Should_read_an_item_that_secret_tool_stored_and_report_a_foreign_secret_by_name()
    {
        string[] attributes = ["application", "rolecall", "item", "ops", "profile", "ops"];
        Assert.Equal(0, _keyring.Store("not an item", attributes).ExitCode);
        using var backend = Backend();
        var damaged = Assert.Throws<VaultException>(() => backend.Read("ops"));
        Assert.Equal("ops", damaged.Item);
        Assert.DoesNotContain("not an item", damaged.Message, StringComparison.Ordinal);

        Assert.Equal(0, _keyring.Store(System.Text.Encoding.UTF8.GetString(ItemPayload.Encode(Keys)), attributes).ExitCode);
        Assert.Equal(Keys, backend.Read("ops"));
    }

    [Fact]
    public void Should_replace_an_item_in_place_and_list_masked_key_ids()
    {
        using var backend = Backend();
        backend.Write("dev", Keys);
        var rotated = Keys with { AccessKeyId = "AKIAROTATEDROTATED99", Updated = Keys.Updated.AddDays(1) };
        backend.Write("dev", rotated);
        backend.Write(ItemNames.Session("abc123"), Keys with { SessionToken = "token", Expiration = Keys.Updated.AddHours(1) });

        var lines = _keyring.Run("secret-tool", "search", "--all", "application", "rolecall", "item", "dev").StandardOutput;
        Assert.Single(lines.Split('\n'), l => l.StartsWith("label = ", StringComparison.Ordinal));
        Assert.Equal(rotated, backend.Read("dev"));
        Assert.Equal(
            [new VaultEntry("dev", "AKIA************ED99", rotated.Updated), new VaultEntry("session:abc123", "AKIA************NG12", Keys.Updated)],
            backend.List());
        Assert.Contains("attribute.session = abc123", _keyring.Run("secret-tool", "search", "--all", "application", "rolecall", "session", "abc123").StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_remove_an_item_and_report_a_missing_one()
    {
        using var backend = Backend();
        backend.Write("dev", Keys);
        backend.Write("prod", Keys);
        Assert.True(backend.Remove("dev"));
        Assert.False(backend.Remove("dev"));
        Assert.Equal(["prod"], backend.List().Select(e => e.Name));
        Assert.Equal(string.Empty, _keyring.Run("secret-tool", "search", "--all", "application", "rolecall", "item", "dev").StandardOutput);
    }

    [Fact]
    public void Should_keep_every_item_when_several_processes_write_at_once()
    {
        // One connection per writer, as separate `vault add` processes would have.
        var names = Enumerable.Range(0, 8).Select(i => $"p{i}").ToList();
        Parallel.ForEach(names, name =>
        {
            using var writer = Backend();
            writer.Write(name, Keys with { AccessKeyId = $"AKIAPARALLELWRITER0{name[1]}" });
        });

        using var reader = Backend();
        Assert.Equal(names, reader.List().Select(e => e.Name));
        Assert.All(names, name => Assert.Equal($"AKIAPARALLELWRITER0{name[1]}", reader.Read(name)!.AccessKeyId));
    }

    [Fact]
    public void Should_report_a_locked_keyring_whose_unlock_prompt_cannot_be_answered()
    {
        using (var backend = Backend())
        {
            backend.Write("dev", Keys);
        }

        // No prompter (gcr-prompter) runs on this bus: gnome-keyring completes the unlock prompt as dismissed.
        _keyring.LockLogin();
        using var locked = Backend();
        var error = Assert.Throws<VaultException>(() => locked.Read("dev"));
        Assert.StartsWith("the desktop keyring did not unlock the keyring", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("keyring/secret+key", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_unlock_a_locked_keyring_when_the_system_prompter_answers_with_its_password()
    {
        using (var backend = Backend())
        {
            backend.Write("dev", Keys);
        }

        _keyring.LockLogin();
        using var prompter = await SystemPrompter.StartAsync(_keyring.Address, "keyring password");
        using var reader = Backend();

        // Unlock returned a prompt; the daemon asked the prompter, checked the password and unlocked the keyring.
        Assert.Equal(Keys, await Task.Run(() => reader.Read("dev")));
        Assert.Single(prompter.PasswordPrompts);
        Assert.False(_keyring.IsLocked());
    }

    [Fact]
    public async Task Should_report_a_prompt_cancelled_after_a_wrong_password_and_leave_the_keyring_locked()
    {
        using (var backend = Backend())
        {
            backend.Write("dev", Keys);
        }

        _keyring.LockLogin();
        using var prompter = await SystemPrompter.StartAsync(_keyring.Address, "not the password", null);
        using var reader = Backend();

        var error = await Assert.ThrowsAsync<VaultException>(() => Task.Run(() => reader.Read("dev")));
        Assert.StartsWith("the desktop keyring did not unlock the keyring: its prompt was dismissed", error.Message, StringComparison.Ordinal);

        // The daemon asked again after the wrong password (with a warning), and the person then cancelled.
        Assert.Equal(2, prompter.PasswordPrompts.Count);
        Assert.False(string.IsNullOrEmpty(prompter.PasswordPrompts[1].TryGetValue("warning", out var warning) ? warning as string : null));
        Assert.True(_keyring.IsLocked());
    }

    [Fact]
    public void Should_unlock_an_open_keyring_at_once_and_report_one_whose_prompt_cannot_be_answered()
    {
        using (var open = Backend())
        {
            open.UnlockDefault();
        }

        _keyring.LockLogin();
        using var locked = Backend();
        var error = Assert.Throws<VaultException>(locked.UnlockDefault);
        Assert.StartsWith("the desktop keyring did not unlock the keyring", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_lock_the_collection_that_holds_the_items()
    {
        using var backend = Backend();
        backend.Write("dev", Keys);
        Assert.False(_keyring.IsLocked());

        Assert.Equal("the desktop keyring is locked (login)", backend.Lock());

        // The daemon says so, and libsecret's own client can no longer read the secret.
        Assert.True(_keyring.IsLocked());
        Assert.Equal(string.Empty, _keyring.Run("secret-tool", "lookup", "application", "rolecall", "profile", "dev").StandardOutput);
        using var reader = Backend();
        Assert.StartsWith("the desktop keyring did not unlock the keyring", Assert.Throws<VaultException>(() => reader.Read("dev")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_clearly_when_no_keyring_answers_on_the_bus()
    {
        using var nowhere = new SecretServiceBackend("unix:path=/nonexistent/bus", TimeSpan.FromSeconds(1));
        var error = Assert.Throws<VaultException>(() => nowhere.Contains("dev"));
        Assert.StartsWith("the secret-service vault backend failed: no Secret Service on the session bus", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y gnome-keyring dbus", error.Hint, StringComparison.Ordinal);
    }

    public void Dispose() => _keyring.Dispose();
}
