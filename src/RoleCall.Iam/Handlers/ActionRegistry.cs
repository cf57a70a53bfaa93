namespace RoleCall.Iam.Handlers;

/// <summary>(service, action) -> handler; action names are case-sensitive as in AWS.</summary>
public sealed class ActionRegistry
{
    private readonly Dictionary<(string Service, string Action), IActionHandler> handlers = [];

    public ActionRegistry(IEnumerable<IActionHandler> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        foreach (var handler in all)
        {
            // A duplicate registration is a programming error: fail at startup, not on the first request.
            handlers.Add((handler.Service, handler.Action), handler);
        }
    }

    public IActionHandler? Find(string service, string action) =>
        handlers.GetValueOrDefault((service.ToLowerInvariant(), action));

    public IEnumerable<IActionHandler> Handlers => handlers.Values;
}
