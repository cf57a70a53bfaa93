using RoleCall.Vault.SecretService;
using RoleCall.Testing;

namespace RoleCall.Vault.Tests;

/// <summary>The backend chosen when none is named: an existing file vault, else a Secret Service on the bus, else file.</summary>
public sealed class DefaultBackendTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Should_choose_the_keyring_when_the_session_bus_has_a_secret_service_and_no_file_vault_exists()
    {
        using var keyring = new KeyringSession();
        Assert.Equal("secret-service", DefaultBackend.Choose(keyring.Environment, _temp.Combine("vault")));
    }

    [Fact]
    public void Should_keep_an_existing_file_vault_even_when_a_keyring_is_present()
    {
        using var keyring = new KeyringSession();
        Directory.CreateDirectory(_temp.Combine("vault"));
        System.IO.File.WriteAllText(Path.Combine(_temp.Combine("vault"), "vault.json"), "{}");
        Assert.Equal("file", DefaultBackend.Choose(keyring.Environment, _temp.Combine("vault")));
    }

    [Fact]
    public void Should_choose_the_file_vault_without_a_session_bus_or_when_the_bus_does_not_answer()
    {
        Assert.Equal("file", DefaultBackend.Choose(new Dictionary<string, string>(), _temp.Combine("vault")));
        var deadBus = new Dictionary<string, string> { [SecretServiceProbe.BusVariable] = "unix:path=" + _temp.Combine("no-bus") };
        Assert.Equal("file", DefaultBackend.Choose(deadBus, _temp.Combine("vault")));
    }

    public void Dispose() => _temp.Dispose();
}
