using System.Runtime.CompilerServices;

namespace RoleCall.Protocol.Query;

/// <summary>
/// Result nodes whose XML <see cref="QueryXmlWriter"/> may render once and splice into later bodies. A server
/// that hands out the same immutable subtree for an unchanged entity (a listed role, say) marks it here, and
/// the writer then copies its bytes instead of escaping and transcoding a trust policy per request.
/// The caller promises the marked node never changes afterwards, children included: a changed entity must
/// come with a new node. The rendering lives as long as the node (weakly keyed), so nothing is invalidated
/// by hand.
/// </summary>
public static class ReusableResults
{
    private static readonly ConditionalWeakTable<ResultNode, RenderedXml> Renderings = new();

    /// <summary>Marks <paramref name="node"/> as immutable and worth caching; returns it for chaining.</summary>
    public static T Reuse<T>(T node)
        where T : ResultNode
    {
        ArgumentNullException.ThrowIfNull(node);
        Renderings.TryAdd(node, new RenderedXml());
        return node;
    }

    /// <summary>Whether <paramref name="node"/> was marked by <see cref="Reuse{T}"/>.</summary>
    public static bool IsReusable(ResultNode node) => Renderings.TryGetValue(node, out _);

    internal static RenderedXml? Find(ResultNode node) => Renderings.TryGetValue(node, out var rendered) ? rendered : null;

    /// <summary>
    /// Copies the node's rendering for this name and depth into <paramref name="xml"/>, rendering it with
    /// <paramref name="content"/> first when there is none yet; false (nothing written) for a node not marked.
    /// Shared by the Query and EC2 writers, which differ only in how they render a node's content.
    /// </summary>
    internal static bool TryWrite(Utf8XmlOutput xml, string name, ResultNode node, int depth, NodeContentWriter content)
    {
        if (node is ResultValue || Find(node) is not { } rendered)
        {
            return false;
        }

        var bytes = rendered.Get(name, depth);
        if (bytes is null)
        {
            using var buffer = new PooledBufferWriter();
            content(new Utf8XmlOutput(buffer), name, node, depth);
            bytes = buffer.WrittenSpan.ToArray();
            rendered.Set(name, depth, bytes);
        }

        xml.Shared(bytes);
        return true;
    }
}

