namespace RoleCall.Web.Pages;

/// <summary>A page that only says something: an error (AccessDenied, an expired form) or a notice, with a way on.</summary>
public sealed record MessageModel(PageChrome Chrome, string? Link = null, string? LinkText = null);
