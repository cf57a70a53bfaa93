using System.Text.Json;
using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Tests.Caching;

/// <summary>The cache's own JSON reader, judged by System.Text.Json: same values, same texts refused.</summary>
public sealed class CacheJsonReaderTests
{
    public static TheoryData<string> Texts =>
    [
        """{"Credentials": {"AccessKeyId": "ASIA", "Expiration": "2026-11-21T18:37:47Z"}, "ResponseMetadata": {"HTTPStatusCode": 200, "HTTPHeaders": {}, "RetryAttempts": 0}}""",
        "  {\n\t\"a\" : [ 1, -2.5e3, 0, 0.25, true, false, null, [], {} ] }\r\n",
        """{"esc": "q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 end"}""",
        """{"dup": 1, "dup": 2}""",
        """["a", {"b": ["c", {"d": null}]}]""",
        "\"just a string\"",
        "12",
        """{"a": 1,}""",
        """{"a": 01}""",
        """{'a': 1}""",
        """{"a": 1} // comment""",
        """{"a": "unterminated}""",
        "{\"a\": \"tab\tinside\"}",
        """{"a": tru}""",
        """{"a": 1} {"b": 2}""",
        """{"a": "\x"}""",
        """{"a": "\u12"}""",
        """{"a" 1}""",
        """[1 2]""",
        "",
        "{",
        """{"a": -}""",
        """{"a": 1.}""",
        """{"a": .5}""",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_read_what_System_Text_Json_reads_and_refuse_what_it_refuses(string text)
    {
        JsonElement? expected;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = true });
            expected = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            expected = null;
        }

        if (expected is null)
        {
            Assert.Throws<FormatException>(() => CacheJsonReader.Parse(text));
        }
        else
        {
            AssertSame(expected.Value, CacheJsonReader.Parse(text));
        }
    }

    private static void AssertSame(JsonElement expected, object? actual)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var map = Assert.IsType<Dictionary<string, object?>>(actual);
                var last = new Dictionary<string, JsonElement>();
                foreach (var property in expected.EnumerateObject())
                {
                    last[property.Name] = property.Value;
                }

                Assert.Equal(last.Keys.Order(), map.Keys.Order());
                foreach (var (name, value) in last)
                {
                    AssertSame(value, map[name]);
                }

                break;
            case JsonValueKind.Array:
                var list = Assert.IsType<List<object?>>(actual);
                Assert.Equal(expected.GetArrayLength(), list.Count);
                var i = 0;
                foreach (var item in expected.EnumerateArray())
                {
                    AssertSame(item, list[i++]);
                }

                break;
            case JsonValueKind.String:
                Assert.Equal(expected.GetString(), actual);
                break;
            case JsonValueKind.Number:
                Assert.Equal(expected.GetDouble(), Assert.IsType<double>(actual));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(expected.GetBoolean(), actual);
                break;
            default:
                Assert.Null(actual);
                break;
        }
    }
}
