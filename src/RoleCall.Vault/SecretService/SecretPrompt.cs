using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// Runs one keyring prompt as the spec says: subscribe to Completed first, then call Prompt (an empty window
/// id: a terminal program has no window), then wait for Completed or the timeout
/// (https://specifications.freedesktop.org/secret-service-spec/latest/prompts.html).
/// </summary>
internal static class SecretPrompt
{
    /// <summary>(dismissed, result); an unanswered prompt counts as dismissed.</summary>
    public static async Task<(bool Dismissed, object Result)> RunAsync(ISecretPrompt prompt, TimeSpan timeout)
    {
        var completed = new TaskCompletionSource<(bool, object)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = await prompt.WatchCompletedAsync(c => completed.TrySetResult(c), e => completed.TrySetException(e)).ConfigureAwait(false);
        await prompt.PromptAsync(string.Empty).ConfigureAwait(false);
        try
        {
            return await completed.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return (true, new ObjectPath("/"));
        }
    }
}
