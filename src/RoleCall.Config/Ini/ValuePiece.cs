namespace RoleCall.Config.Ini;

/// <summary>One line's contribution to a value (stripped text, 0-based line). A class, not a tuple: see IniParser.</summary>
internal sealed record ValuePiece(string Text, int Line);
