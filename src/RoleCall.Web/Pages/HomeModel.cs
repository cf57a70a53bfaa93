namespace RoleCall.Web.Pages;

/// <summary>The console home: who is signed in, and as what the pages act now.</summary>
public sealed record HomeModel(PageChrome Chrome, string SignedInArn, string ActingArn, string AccountId, bool WithMfa, DateTimeOffset Expires);
