using System.Globalization;

namespace RoleCall.Protocol.Query;

/// <summary>
/// Builds a Query request's parameters in botocore's order (Action, Version, then members as added) and
/// flattens lists, lists of structures and maps the way <see cref="QueryParameters"/> reads them back.
/// Null values and empty lists are left out, as the SDKs leave out unset members.
/// </summary>
public sealed class QueryParameterBuilder
{
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    public QueryParameterBuilder(string action, string version)
    {
        Add("Action", action);
        Add("Version", version);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    public QueryParameterBuilder Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters.Add(new(name, value));
        }

        return this;
    }

    public QueryParameterBuilder Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryParameterBuilder Add(string name, bool? value) =>
        Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>`name.member.1=a&amp;name.member.2=b`.</summary>
    public QueryParameterBuilder AddList(string name, IEnumerable<string>? values)
    {
        var index = 1;
        foreach (var value in values ?? [])
        {
            Add(QueryParameters.Member(name, index++), value);
        }

        return this;
    }

    /// <summary>`name.member.N.Field=value` for each item and each of its non-null fields.</summary>
    public QueryParameterBuilder AddStructureList<T>(string name, IEnumerable<T>? items, Func<T, IEnumerable<KeyValuePair<string, string?>>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var index = 1;
        foreach (var item in items ?? [])
        {
            var prefix = QueryParameters.Member(name, index++);
            foreach (var (field, value) in fields(item))
            {
                Add(prefix + "." + field, value);
            }
        }

        return this;
    }

    /// <summary>`name.entry.N.key=k&amp;name.entry.N.value=v`.</summary>
    public QueryParameterBuilder AddMap(string name, IEnumerable<KeyValuePair<string, string>>? entries)
    {
        var index = 1;
        foreach (var (key, value) in entries ?? [])
        {
            var prefix = QueryParameters.Entry(name, index++);
            Add(prefix + ".key", key);
            Add(prefix + ".value", value);
        }

        return this;
    }

    /// <summary>The `application/x-www-form-urlencoded` body.</summary>
    public string ToFormBody() => FormCodec.Encode(_parameters);
}
