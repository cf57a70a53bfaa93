namespace RoleCall.Config.Tests.Corpora;

/// <summary>
/// Where the cross-SDK profile-parser suite and botocore 1.43 disagree, with botocore's result, which the
/// AWS CLI and RoleCall follow. The same list is in docs/readme/config.md.
/// </summary>
internal static class SuiteDifferences
{
    public static readonly IReadOnlyDictionary<string, string> Parser = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Profile names support alphanumeric characters and - / . % @ _ : +"] = "botocore accepts any name: foo!bar is a profile too",
        ["Property definitions must contain an equals sign."] = "`key : value` is valid: ':' is a delimiter like '='",
        ["Pound sign comments are ignored."] = "inline '#' text stays in the value: `value # Comment with # sign`",
        ["Semicolon sign comments are ignored."] = "inline ';' text stays in the value: `value ; Comment with ; sign`",
        ["All comment types can be used together."] = "inline comment text stays in the value: `value # Comment with ; sign`",
        ["Comments can be empty."] = "inline ';' stays in the value: `value ;`",
        ["Duplicate profiles in the same file merge properties."] = "a duplicate section is a parse error (ConfigParseError)",
        ["Duplicate properties in a profile use the last one defined."] = "a duplicate key is a parse error (ConfigParseError)",
        ["Duplicate properties in duplicate profiles use the last one defined."] = "a duplicate section is a parse error (ConfigParseError)",
        ["Duplicate properties in duplicate profiles use the last one defined (case insensitive)."] = "a duplicate section is a parse error (ConfigParseError)",
        ["Default profile with profile prefix overrides default profile without prefix when profile prefix is first."] = "the later of [profile default] and [default] wins: {name2: value2}",
        ["Invalid profile names are ignored."] = "[profile in valid] is ignored (three words) but credentials [in valid 2] is a profile named `in valid 2`",
        ["Invalid property names are ignored."] = "`in valid = value` is a key named `in valid`",
        ["Properties can have sub-properties."] = "sub-properties are a map: s3 = {name: value}",
        ["Sub-property definitions can have an empty value."] = "s3 = {name: ''}",
        ["Sub-property definitions cannot have an empty name."] = "no error: s3 = {'': value}",
        ["Sub-property definitions can have an invalid name."] = "s3 = {'in valid': value}",
        ["Sub-properties can have blank lines that are ignored"] = "s3 = {name: value, name2: value2}",
        ["Default profiles with mixed prefixes in the config file ignore the one without prefix when merging."] = "a duplicate section is a parse error (ConfigParseError)",
        ["Default profiles with mixed prefixes merge with credentials"] = "a duplicate section is a parse error (ConfigParseError)",
        ["Credentials profiles with prefix are ignored."] = "credentials [profile foo] is a profile named `profile foo`",
        ["profile name with extra whitespace"] = "[   profile foo    ] is not a profile (the header keeps its spaces): only bar",
        ["profile name with extra whitespace in credentials"] = "credentials [   foo    ] is a profile named `   foo    `; [profile bar] is `profile bar`",
    };
}
