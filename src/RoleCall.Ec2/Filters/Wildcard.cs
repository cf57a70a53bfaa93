using System.Text;
using System.Text.RegularExpressions;

namespace RoleCall.Ec2.Filters;

/// <summary>EC2 filter values: `*` matches any run of characters, `?` one, `\` escapes either; case-sensitive.</summary>
public static class Wildcard
{
    public static Func<string, bool> Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.IndexOfAny(['*', '?', '\\']) < 0)
        {
            return value => string.Equals(value, pattern, StringComparison.Ordinal);
        }

        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                '\\' when i + 1 < pattern.Length => Regex.Escape(pattern[++i].ToString()),
                _ => Regex.Escape(c.ToString()),
            });
        }

        var compiled = new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return compiled.IsMatch;
    }
}
