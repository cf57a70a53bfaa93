using System.Runtime.CompilerServices;
using RoleCall.Iam.Handlers;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// Where `rolecall serve --explain` attaches its sink to a runtime before the service is built:
/// `ExplainRegistry.Attach(runtime, new TextWriterExplainSink(Console.Error))`. Kept beside the runtime
/// rather than in it so the IAM runtime stays free of logging concerns.
/// </summary>
public static class ExplainRegistry
{
    private static readonly ConditionalWeakTable<IamRuntime, IExplainSink> Sinks = [];

    public static void Attach(IamRuntime runtime, IExplainSink sink) => Sinks.AddOrUpdate(runtime, sink);

    public static IExplainSink? For(IamRuntime runtime) => Sinks.TryGetValue(runtime, out var sink) ? sink : null;
}
