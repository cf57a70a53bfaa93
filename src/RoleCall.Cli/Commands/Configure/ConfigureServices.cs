using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Config.Profiles;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>The config layer for a command: the environment captured once, the paths, a resolver that reads the files on first use.</summary>
internal static class ConfigureServices
{
    public static ProfileResolver Resolver(CommandContext context)
    {
        var environment = AwsEnvironment.From(context.Environment);
        return new ProfileResolver(environment, AwsPaths.From(environment));
    }
}
