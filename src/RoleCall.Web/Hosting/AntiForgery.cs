using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Hosting;

/// <summary>
/// Anti-forgery tokens, double-submit style: a random token in an HttpOnly SameSite cookie, repeated in a
/// hidden `_csrf` field of every form. Another site can make a browser send the cookie but cannot read it,
/// so it cannot fill the field; a POST whose field does not match is refused before anything changes.
/// </summary>
internal static class AntiForgery
{
    public const string Field = "_csrf";

    /// <summary>The browser's token, created (and set as a cookie) on its first page.</summary>
    public static string Token(HttpContext http)
    {
        if (http.Items.TryGetValue(Field, out var cached) && cached is string token)
        {
            return token;
        }

        token = Cookies.Get(http, Cookies.Csrf) ?? "";
        if (token.Length < 32)
        {
            token = SessionStore.NewId();
            Cookies.Set(http, Cookies.Csrf, token);
        }

        http.Items[Field] = token;
        return token;
    }

    public static bool IsValid(HttpContext http, IFormCollection form)
    {
        var cookie = Cookies.Get(http, Cookies.Csrf);
        var field = form[Field].ToString();
        return cookie is { Length: >= 32 } && field.Length == cookie.Length
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(field));
    }
}
