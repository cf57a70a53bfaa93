namespace RoleCall.Policy.Model;

/// <summary>
/// Statements grouped by the service prefix of their actions, so a request for `s3:GetObject` only looks at
/// statements that can name an s3 action. Statements with NotAction or a wildcard in the service part are
/// in every group. Each group keeps document order, so "first deny" and "first allow" stay the same.
/// </summary>
internal sealed class StatementIndex
{
    private readonly Dictionary<string, CompiledStatement[]> _byService;
    private readonly Dictionary<string, CompiledStatement[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StatementIndex(IReadOnlyList<CompiledStatement> statements)
    {
        var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in statements)
        {
            services.UnionWith(ServicesOf(statement) ?? []);
        }

        Everywhere = [.. statements.Where(s => ServicesOf(s) is null)];
        _byService = new Dictionary<string, CompiledStatement[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in services)
        {
            _byService[service] = [.. statements.Where(s => ServicesOf(s) is not { } own || own.Contains(service, StringComparer.OrdinalIgnoreCase))];
        }

        _lookup = _byService.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The statements that apply to any service: NotAction, `*`, `s3*:...`.</summary>
    public CompiledStatement[] Everywhere { get; }

    /// <summary>The statements that may match an action, in document order.</summary>
    public CompiledStatement[] For(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _lookup.TryGetValue(action.AsSpan(0, colon), out var statements) ? statements : Everywhere;
    }

    /// <summary>The literal service prefixes of a statement's actions, or null when it may match any service.</summary>
    private static string[]? ServicesOf(CompiledStatement statement)
    {
        if (statement.Actions.Negated)
        {
            return null;
        }

        var services = new string[statement.Actions.Patterns.Length];
        for (var i = 0; i < services.Length; i++)
        {
            var source = statement.Actions.Patterns[i].Source;
            var colon = source.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || source.AsSpan(0, colon).IndexOfAny('*', '?') >= 0)
            {
                return null;
            }

            services[i] = source[..colon];
        }

        return services;
    }
}
