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
}
