using RoleCall.Iam.Actions;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// The list of every action the service knows, assembled from one contribution per area. Each area adds its
/// handlers in its own file by implementing a partial method of this class (kept in namespace
/// RoleCall.Iam.Handlers so the partial parts meet):
/// - IAM: <see cref="IamHandlers"/> (this project's Actions/ folder);
/// - STS: `static partial void AddSts(List&lt;IActionHandler&gt; handlers)` in Sts/ ("sts" developer);
/// - simulation: `static partial void AddSimulation(...)` in Simulation/ ("policy" developer);
/// - the real authorizer: `static partial void UseAuthorizer(IamRuntime runtime, ref IRequestAuthorizer authorizer)`
///   in Authorization/ ("sts" developer). An unimplemented partial method compiles to nothing.
/// </summary>
public static partial class HandlerCatalog
{
    public static IReadOnlyList<IActionHandler> All()
    {
        var handlers = new List<IActionHandler>();
        handlers.AddRange(IamHandlers.All());
        AddSts(handlers);
        AddSimulation(handlers);
        return handlers;
    }

    /// <summary>The authorizer for a runtime: the plugged-in one, or allow-all until enforcement exists.</summary>
    public static IRequestAuthorizer Authorizer(IamRuntime runtime)
    {
        IRequestAuthorizer authorizer = AllowAllAuthorizer.Instance;
        UseAuthorizer(runtime, ref authorizer);
        return authorizer;
    }

    static partial void AddSts(List<IActionHandler> handlers);

    static partial void AddSimulation(List<IActionHandler> handlers);

    static partial void UseAuthorizer(IamRuntime runtime, ref IRequestAuthorizer authorizer);
}
