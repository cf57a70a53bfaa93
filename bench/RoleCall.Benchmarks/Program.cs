using BenchmarkDotNet.Running;

namespace RoleCall.Benchmarks;

/// <summary>`dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*'` runs them all.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
