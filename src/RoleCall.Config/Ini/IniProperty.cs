namespace RoleCall.Config.Ini;

/// <summary>
/// One <c>key = value</c> as configparser reads it: key lower-cased, the value's lines joined with "\n" and
/// right-stripped. <see cref="FirstLine"/>..<see cref="LastLine"/> are 0-based line indexes in the document
/// (the key line and its last non-blank continuation), so an edit can replace exactly them.
/// </summary>
internal sealed record IniProperty(string Key, string Value, int FirstLine, int LastLine, int Indent)
{
    /// <summary>The sub-properties of a value that starts with a newline (<c>s3 =</c> + indented lines), else null.</summary>
    public IReadOnlyList<IniNestedProperty>? Nested { get; init; }

    /// <summary>Values are configuration, some of them secret: never print them.</summary>
    public override string ToString() => $"{Key} (line {FirstLine + 1})";
}
