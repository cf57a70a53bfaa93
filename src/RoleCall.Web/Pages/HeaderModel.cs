namespace RoleCall.Web.Pages;

/// <summary>The menu under the name, top right: who (label in the role's colour), the history, Switch back.</summary>
public sealed record HeaderModel(string Label, string Color, string Arn, bool InRole, IReadOnlyList<HistoryItem> History);

/// <summary>One role of the history: its position (what the form posts back) and how it is shown.</summary>
public sealed record HistoryItem(int Index, string DisplayName, string Color);

/// <summary>What every page's layout needs: title, header (null before sign-in), anti-forgery token, messages.</summary>
public sealed record PageChrome(string Title, HeaderModel? Header, string Csrf, string? Error = null, string? Notice = null);
