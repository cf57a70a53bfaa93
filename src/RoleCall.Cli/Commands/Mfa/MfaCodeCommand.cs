using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Core.Otp;

namespace RoleCall.Cli.Commands.Mfa;

/// <summary>
/// `rolecall mfa code --seed-file F`: the current RFC 6238 code of a virtual MFA device from its Base32 seed
/// (the file `iam create-virtual-mfa-device --bootstrap-method Base32StringSeed --outfile F` writes), for test
/// setups and scripts. `--next` prints the following step's code, which EnableMFADevice needs as its second code.
/// </summary>
internal sealed class MfaCodeCommand : ICommand
{
    public string Name => "mfa code";

    public string Summary => "print the current TOTP code for a virtual MFA seed";

    public string Help => """
        usage: rolecall mfa code --seed-file FILE [--next]

        Prints the 6-digit code (RFC 6238: SHA-1, 30-second steps) a virtual MFA device with this Base32 seed
        shows now; --next prints the code of the following 30-second step. The seed file is what
        `rolecall iam create-virtual-mfa-device --bootstrap-method Base32StringSeed --outfile FILE` saved.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var args = context.Arguments;
        var seedFile = args.RequiredOption("--seed-file");
        var next = args.Flag("--next");
        args.EnsureConsumed();

        string text;
        try
        {
            text = await File.ReadAllTextAsync(seedFile, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"cannot read the MFA seed file {seedFile}: {SystemFailureText.Of(e)}",
                "pass the file create-virtual-mfa-device wrote with --bootstrap-method Base32StringSeed");
        }

        // Never echo the seed: the message names the file only.
        var seed = Base32.Decode(text.Trim())
            ?? throw new ConfigurationException($"{seedFile} does not hold a Base32 MFA seed",
                "expected the Base32StringSeed text (A-Z, 2-7)");
        var step = Totp.StepAt(context.Time.GetUtcNow()) + (next ? 1 : 0);
        await context.Out.WriteLineAsync(Totp.Code(seed, step));
        return ExitCodes.Success;
    }
}
