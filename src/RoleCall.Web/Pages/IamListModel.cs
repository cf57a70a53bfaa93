namespace RoleCall.Web.Pages;

/// <summary>
/// A list page (users, roles, policies): the table's rows already rendered (<see cref="IamListRows"/>, kept
/// per listing by the handler), and the marker of the next page.
/// </summary>
public sealed record IamListModel(PageChrome Chrome, IReadOnlyList<string> Columns, Microsoft.AspNetCore.Components.MarkupString Rows, string? NextPage);

public sealed record IamListRow(string Name, string Link, IReadOnlyList<string> Cells);

/// <summary>A detail page: facts as name/value pairs, and sections of JSON documents or lists; a user's page also assigns MFA.</summary>
public sealed record IamDetailModel(PageChrome Chrome, IReadOnlyList<(string Name, string Value)> Facts, IReadOnlyList<(string Title, string Body)> Sections,
    UserMfaModel? Mfa = null);
