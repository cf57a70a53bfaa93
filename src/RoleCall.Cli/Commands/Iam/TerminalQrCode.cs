using System.Text;
using QRCoder;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// Draws a QR code with Unicode half blocks, two module rows per text line, dark modules as the terminal's
/// foreground on a light quiet zone so phone cameras read it on dark and light themes alike.
/// </summary>
internal static class TerminalQrCode
{
    public static void Draw(string payload, TextWriter output)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var text = new StringBuilder();
        for (var row = 0; row < size; row += 2)
        {
            for (var col = 0; col < size; col++)
            {
                var top = matrix[row][col];
                var bottom = row + 1 < size && matrix[row + 1][col];
                // Light is drawn as a block, dark as a space: the inverse reads correctly on dark terminals.
                text.Append((top, bottom) switch
                {
                    (false, false) => '█',
                    (true, false) => '▄',
                    (false, true) => '▀',
                    _ => ' ',
                });
            }

            text.Append('\n');
        }

        output.Write(text.ToString());
    }
}
