namespace RoleCall.Credentials.Providers;

/// <summary>
/// The guard against `credential_process = rolecall credential-process --profile P` resolving back into P,
/// which would spawn processes forever. Every credential_process rolecall runs gets
/// ROLECALL_CREDENTIAL_PROCESS_CHAIN: the chain it inherited plus the profiles it was resolving (the selected
/// profile and its source_profile path). `rolecall credential-process --profile P` refuses a P already in the
/// chain. Other tools in between (the AWS CLI, an SDK) pass the variable on, as they pass the environment.
/// </summary>
public static class ProcessChain
{
    public const string VariableName = "ROLECALL_CREDENTIAL_PROCESS_CHAIN";

    // Profile names come from INI section headers, so they never contain a newline.
    private const char Separator = '\n';

    /// <summary>The profiles being resolved by the processes above this one, outermost first.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The variable's value for a child started while resolving <paramref name="path"/>.</summary>
    public static string Extend(string? inherited, IEnumerable<string> path) =>
        string.Join(Separator, Parse(inherited).Concat(path));

    /// <summary>Throws when <paramref name="profile"/> is already being resolved by an outer process.</summary>
    public static void EnsureNotResolving(string profile, string? inherited)
    {
        var chain = Parse(inherited);
        if (chain.Contains(profile, StringComparer.Ordinal))
        {
            throw CredentialErrors.ProcessRecursion(profile, [.. chain, profile]);
        }
    }
}
