using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Json;

/// <summary>
/// JSON text to <see cref="JmesValue"/>, keeping key order; numbers written with a fraction or exponent are
/// floats and the rest integers, as Python's json module reads them.
/// </summary>
internal static class JsonParser
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512 };

    /// <summary>Parses one complete JSON document; throws <see cref="JsonException"/> when it is not one.</summary>
    public static JmesValue Parse(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), Options);
        if (!reader.Read())
        {
            throw new JsonException("empty JSON text");
        }

        var value = ReadValue(ref reader);

        // Anything after the value (other than whitespace) makes the reader throw here.
        if (reader.Read())
        {
            throw new JsonException("extra data after the JSON value");
        }

        return value;
    }

    private static JmesValue ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => new JmesString(reader.GetString()!),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => JmesBoolean.True,
        JsonTokenType.False => JmesBoolean.False,
        _ => JmesNull.Instance,
    };

    private static JmesNumber ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (raw.IndexOfAny("."u8) < 0 && raw.IndexOfAny("eE"u8) < 0 && reader.TryGetInt64(out var integer))
        {
            return new JmesNumber(integer);
        }

        return new JmesNumber(double.Parse(Encoding.UTF8.GetString(raw), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static JmesArray ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<JmesValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader));
        }

        return new JmesArray(items);
    }

    private static JmesObject ReadObject(ref Utf8JsonReader reader)
    {
        var properties = new List<KeyValuePair<string, JmesValue>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            properties.Add(new(key, ReadValue(ref reader)));
        }

        return new JmesObject(properties);
    }
}
