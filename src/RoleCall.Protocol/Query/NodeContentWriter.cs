namespace RoleCall.Protocol.Query;

/// <summary>Renders one node's element (`&lt;name&gt;...&lt;/name&gt;`) at a depth; see <see cref="ReusableResults.TryWrite"/>.</summary>
internal delegate void NodeContentWriter(Utf8XmlOutput xml, string name, ResultNode node, int depth);
