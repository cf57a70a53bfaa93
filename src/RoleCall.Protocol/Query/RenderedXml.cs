namespace RoleCall.Protocol.Query;

/// <summary>
/// The rendered bytes of one reusable node for the element name and depth it was last written with: the same
/// subtree is `member` at depth 3 in a listing but would be indented differently elsewhere, so a different
/// name or depth renders afresh (and replaces the entry). Published as one immutable snapshot, so concurrent
/// requests read either the old or the new rendering, never a torn one.
/// </summary>
internal sealed class RenderedXml
{
    private volatile Snapshot? current;

    /// <summary>The bytes rendered for <paramref name="name"/> at <paramref name="depth"/> (never changed once set); null when there are none.</summary>
    public byte[]? Get(string name, int depth)
    {
        var snapshot = current;
        return snapshot is not null && snapshot.Depth == depth && string.Equals(snapshot.Name, name, StringComparison.Ordinal)
            ? snapshot.Bytes
            : null;
    }

    public void Set(string name, int depth, byte[] bytes) => current = new Snapshot(name, depth, bytes);

    private sealed record Snapshot(string Name, int Depth, byte[] Bytes);
}
