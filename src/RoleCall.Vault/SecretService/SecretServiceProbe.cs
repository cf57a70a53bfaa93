using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>Whether a session bus answers at an address and offers org.freedesktop.secrets (owned now or activatable).</summary>
public static class SecretServiceProbe
{
    public const string BusVariable = "DBUS_SESSION_BUS_ADDRESS";

    public static bool IsAvailable(string? busAddress)
    {
        if (string.IsNullOrEmpty(busAddress))
        {
            return false;
        }

        try
        {
            using var connection = new Connection(busAddress);
            var probe = Task.Run(async () =>
            {
                await connection.ConnectAsync().ConfigureAwait(false);
                return await connection.IsServiceActiveAsync(SecretServiceBackend.ServiceName).ConfigureAwait(false)
                    || (await connection.ListActivatableServicesAsync().ConfigureAwait(false)).Contains(SecretServiceBackend.ServiceName);
            });

            // A bus that does not answer within two seconds is no place to keep keys.
            return probe.Wait(TimeSpan.FromSeconds(2)) && probe.Result;
        }
        catch (Exception e) when (e is AggregateException or ConnectException or DBusException or IOException)
        {
            return false;
        }
    }
}
