namespace RoleCall.Web.Pages;

/// <summary>The five colours the Switch role form offers, as AWS names them, and the CSS colour each is shown in.</summary>
public static class RoleColors
{
    public static readonly IReadOnlyList<(string Name, string Css)> All =
    [
        ("Red", "#c0392b"), ("Orange", "#d35400"), ("Yellow", "#b7950b"), ("Green", "#1e8449"), ("Blue", "#2471a3"),
    ];

    public static bool IsKnown(string? name) => All.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Css(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Css ?? "#16191f";
}
