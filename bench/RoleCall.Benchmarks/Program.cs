using BenchmarkDotNet.Running;
using RoleCall.Benchmarks.Load;

namespace RoleCall.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*'` runs them all;
/// `... -- load seed|run ...` is the HTTP load driver of bench/load/sts/random-sessions.sh.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["load", .. var rest])
        {
            return await LoadCommand.RunAsync(rest);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
