using RoleCall.Core.Identity;

namespace RoleCall.Benchmarks.Load;

/// <summary>What one scenario sends next: the signing service, the form body and the credentials to sign with.</summary>
internal sealed class LoadScenario(string name, Func<Random, int, (string Service, string Body, AwsCredentials Credentials)> next)
{
    public string Name { get; } = name;

    public (string Service, string Body, AwsCredentials Credentials) Next(Random random, int n) => next(random, n);
}
