using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing.Json;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// The one entry point from policy text to a <see cref="CompiledPolicy"/>: validates the document as IAM
/// does for its kind and compiles it, or returns every problem with AWS's message, a JSON path and
/// line:column. Never throws for any input.
/// </summary>
public static class PolicyParser
{
    /// <summary>The documents' Version values IAM accepts.</summary>
    public const string Version2012 = "2012-10-17";
    public const string Version2008 = "2008-10-17";

    private static readonly HashSet<string> TopLevelFields = new(StringComparer.Ordinal) { "Version", "Id", "Statement" };

    /// <summary>Validates and compiles a policy document.</summary>
    /// <param name="document">The JSON text (already URL-decoded).</param>
    /// <param name="kind">What the document is attached to: decides required and prohibited fields.</param>
    /// <param name="policyId">The name decisions report the policy by (a policy ARN, "user/alice/inline-name").</param>
    /// <param name="managed">A managed policy (CreatePolicy, CreatePolicyVersion): IAM accepts only Version 2012-10-17.</param>
    public static PolicyParseResult Parse(string? document, PolicyKind kind, string policyId = "policy", bool managed = false)
    {
        var problems = new ProblemList();
        var policy = document is null ? null : ParseDocument(document, kind, policyId, managed, problems);
        if (document is null)
        {
            problems.Error(PolicyMessages.SyntaxErrors, "$", new SourcePosition(1, 1), "the policy document is empty");
        }

        return new PolicyParseResult(problems.HasErrors ? null : policy, problems.All);
    }

    private static CompiledPolicy? ParseDocument(string document, PolicyKind kind, string policyId, bool managed, ProblemList problems)
    {
        if (FirstInvalidCharacter(document) is { } bad)
        {
            problems.Error(PolicyMessages.InvalidCharacters, "$", bad.Position, $"character U+{(int)bad.Character:X4} is outside TAB, LF, CR and U+0020-U+00FF, which IAM allows");
            return null;
        }

        var root = JsonReader.Read(document, out var syntax);
        if (root is null)
        {
            problems.Error(PolicyMessages.SyntaxErrors, "$", syntax?.Position ?? new SourcePosition(1, 1), $"not valid JSON: {syntax?.Detail}");
            return null;
        }

        if (root.Kind != JsonKind.Object)
        {
            problems.Error(PolicyMessages.SyntaxErrors, "$", root.Start, $"a policy is a JSON object with Version and Statement, found {root.Describe()}");
            return null;
        }

        var members = root.Members.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var version = ReadVersion(root, members, managed, problems);
        var scope = new ParseScope(kind, version == Version2012, problems);
        scope.CheckDuplicates(root, "$");
        foreach (var member in root.Members.Where(m => !TopLevelFields.Contains(m.Key)))
        {
            problems.Error(PolicyMessages.SyntaxErrors, $"$.{member.Key}", member.KeyPosition, $"unknown field \"{member.Key}\"; a policy has Version, Id and Statement (case matters)");
        }

        string? documentId = null;
        if (members.TryGetValue("Id", out var id))
        {
            if (id.Value.Kind == JsonKind.String)
            {
                documentId = id.Value.Text;
            }
            else
            {
                scope.SyntaxError(id.Value, "$.Id", $"Id must be a string, found {id.Value.Describe()}");
            }
        }

        var statements = ReadStatements(root, members, scope);
        return statements is null ? null : new CompiledPolicy(policyId, kind, version, documentId, statements);
    }

    private static string ReadVersion(JsonNode root, Dictionary<string, JsonMember> members, bool managed, ProblemList problems)
    {
        if (!members.TryGetValue("Version", out var member))
        {
            // No Version means the 2008 language: policy variables are plain text. Inline and trust policies
            // may omit it; a managed policy may not.
            if (managed)
            {
                problems.Error(PolicyMessages.ManagedVersion, "$", root.Start, $"a managed policy starts with \"Version\": \"{Version2012}\"");
            }

            return Version2008;
        }

        if (member.Value is { Kind: JsonKind.String, Text: Version2012 or Version2008 })
        {
            if (managed && member.Value.Text == Version2008)
            {
                problems.Error(PolicyMessages.ManagedVersion, "$.Version", member.Value.Start, $"a managed policy is written in the current language: \"Version\": \"{Version2012}\"");
            }

            return member.Value.Text;
        }

        problems.Error(PolicyMessages.LegacyParsing, "$.Version", member.Value.Start, $"Version is \"{Version2012}\" (or the legacy \"{Version2008}\"), a date string, not the day you wrote the policy");
        return Version2012;
    }

    private static List<CompiledStatement>? ReadStatements(JsonNode root, Dictionary<string, JsonMember> members, ParseScope scope)
    {
        if (!members.TryGetValue("Statement", out var member))
        {
            scope.Problems.Error(PolicyMessages.MissingStatement, "$", root.Start, "add \"Statement\": [ { \"Effect\": ..., \"Action\": ..., ... } ]");
            return null;
        }

        var nodes = member.Value.Kind == JsonKind.Array ? member.Value.Items : [member.Value];
        var single = member.Value.Kind != JsonKind.Array;
        var compiled = new List<CompiledStatement>(nodes.Count);
        var sids = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = single ? "$.Statement" : $"$.Statement[{i}]";
            var statement = StatementCompiler.Compile(nodes[i], i, path, scope);
            if (statement?.Sid is { Length: > 0 } sid && !sids.Add(sid))
            {
                scope.Problems.Error(PolicyMessages.SidNotUnique, $"{path}.Sid", nodes[i].Start, $"another statement already uses Sid \"{sid}\"; rename one");
                ok = false;
            }

            ok &= statement is not null;
            if (statement is not null)
            {
                compiled.Add(statement);
            }
        }

        return ok ? compiled : null;
    }

    private static (char Character, SourcePosition Position)? FirstInvalidCharacter(string document)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < document.Length; i++)
        {
            var c = document[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c is not ('\t' or '\r') && (c < ' ' || c > '\u00FF'))
            {
                return (c, new SourcePosition(line, i - lineStart + 1));
            }
        }

        return null;
    }
}
