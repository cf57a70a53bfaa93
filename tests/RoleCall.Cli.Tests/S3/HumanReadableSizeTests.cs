using System.Globalization;
using RoleCall.Cli.Commands.S3;
using RoleCall.Testing;

namespace RoleCall.Cli.Tests.S3;

/// <summary>`--human-readable` sizes judged by the AWS CLI's own human_readable_size, ties and unit edges included.</summary>
public sealed class HumanReadableSizeTests
{
    // Around every unit edge, exact ties (1280 = 1.25 KiB rounds to 1.2, 1.75 KiB to 1.8), near-ties, and large values.
    private static readonly long[] Sizes =
    [
        0, 1, 2, 1023, 1024, 1025, 1075, 1076, 1280, 1331, 1536, 1792, 10240, 1048063, 1048064, 1048575, 1048576,
        1310720, 5 * 1048576 + 52428, 5 * 1048576 + 52429, 1073689395, 1073741823, 1073741824, 1099511627775,
        1099511627776, 1125899906842624, 1152921504606846976, 4611686018427387904,
    ];

    [Fact]
    public void Should_print_every_size_as_the_aws_cli_does()
    {
        var script = "import sys\nfrom awscli.customizations.s3.utils import human_readable_size\n"
            + "for line in sys.stdin.read().split():\n    print(human_readable_size(int(line)))\n";
        var input = string.Join('\n', Sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        var judged = Peers.Execute("python3", ["-c", script], stdin: input);
        Assert.True(judged.ExitCode == 0, $"python3 with awscli failed: {judged.StandardError} ({Peers.InstallHint})");

        var expected = judged.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, Sizes.Select(HumanReadableSize.Format));
    }

    [Theory]
    [InlineData(1, "1 Byte")]
    [InlineData(1280, "1.2 KiB")]
    [InlineData(1792, "1.8 KiB")]
    [InlineData(1048575, "1.0 MiB")]
    public void Should_round_half_to_even_on_the_exact_value(long bytes, string expected) =>
        Assert.Equal(expected, HumanReadableSize.Format(bytes));
}
