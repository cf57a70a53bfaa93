using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleCall.Web.Hosting;

namespace RoleCall.Web.Sessions;

/// <summary>
/// The last five roles switched to, most recent first, kept per browser in a cookie as AWS keeps it. Switching
/// to a role already listed moves it to the front; a sixth evicts the oldest.
/// </summary>
internal static class RoleHistory
{
    public const int Capacity = 5;

    public static IReadOnlyList<RoleChoice> Read(HttpContext http)
    {
        var text = Cookies.Get(http, Cookies.History);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        try
        {
            var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return (JsonSerializer.Deserialize(json, WebJsonContext.Default.RoleChoiceArray) ?? []).Take(Capacity).ToList();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // A cookie the browser mangled is an empty history, not an error page.
            return [];
        }
    }

    public static void Add(HttpContext http, RoleChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var items = Read(http).Where(c => !c.SameRole(choice)).Prepend(choice).Take(Capacity).ToArray();
        var json = JsonSerializer.Serialize(items, WebJsonContext.Default.RoleChoiceArray);
        Cookies.Set(http, Cookies.History, Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)), TimeSpan.FromDays(365));
    }
}
