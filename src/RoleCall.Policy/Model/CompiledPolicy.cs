using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Model;

/// <summary>
/// A validated policy document ready to evaluate: patterns pre-split, operators resolved, values pre-parsed.
/// Immutable and thread-safe; compile once and reuse it until the document changes.
/// </summary>
public sealed class CompiledPolicy
{
    internal CompiledPolicy(string id, PolicyKind kind, string version, string? documentId, IReadOnlyList<CompiledStatement> statements)
        : this(id, kind, version, documentId, statements,
            [.. statements.SelectMany(s => s.ContextKeys).Distinct(StringComparer.OrdinalIgnoreCase)], new StatementIndex(statements))
    {
    }

    private CompiledPolicy(string id, PolicyKind kind, string version, string? documentId, IReadOnlyList<CompiledStatement> statements,
        IReadOnlyList<string> contextKeys, StatementIndex index)
    {
        Id = id;
        Kind = kind;
        Version = version;
        DocumentId = documentId;
        Statements = statements;
        ContextKeys = contextKeys;
        Index = index;
    }

    /// <summary>The caller's name for this policy (a policy ARN, "user/alice/inline", "PolicyInputList.1"); reported with decisions.</summary>
    public string Id { get; }

    public PolicyKind Kind { get; }

    /// <summary>"2012-10-17" or "2008-10-17" (the latter treats ${...} literally).</summary>
    public string Version { get; }

    /// <summary>The document's own optional "Id" element.</summary>
    public string? DocumentId { get; }

    public IReadOnlyList<CompiledStatement> Statements { get; }

    /// <summary>Every condition key and policy variable key the policy reads, as first written (GetContextKeysFor*Policy).</summary>
    public IReadOnlyList<string> ContextKeys { get; }

    /// <summary>The statements grouped by action service, for evaluation.</summary>
    internal StatementIndex Index { get; }

    /// <summary>True when the document allows principal elements (trust and resource-based policies).</summary>
    internal bool IsResourceBased => Kind is PolicyKind.Trust or PolicyKind.Resource;

    /// <summary>The same compiled policy under another name (cheap: statements are shared).</summary>
    public CompiledPolicy WithId(string id) => new(id, Kind, Version, DocumentId, Statements, ContextKeys, Index);
}
