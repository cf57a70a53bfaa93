using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleCall.Web.Handlers;

/// <summary>Indented JSON for policy documents on a page (the page encodes HTML; the serializer need not escape).</summary>
internal static class JsonIndented
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
