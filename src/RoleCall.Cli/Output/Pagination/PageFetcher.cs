using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// Calls the operation once with the caller's own parameters plus <paramref name="pagingParameters"/>
/// (e.g. Marker=..., MaxItems=...), returning the response as a value (see ResultNodeConverter).
/// </summary>
internal delegate Task<JmesObject> PageFetcher(IReadOnlyDictionary<string, string> pagingParameters, CancellationToken cancellation);
