namespace RoleCall.Config.Ini;

/// <summary>One physical line: its text and the exact terminator that ended it ("\n", "\r\n", "\r" or "" at EOF).</summary>
internal sealed record IniLine(string Text, string Newline)
{
    public override string ToString() => Text + Newline;
}
