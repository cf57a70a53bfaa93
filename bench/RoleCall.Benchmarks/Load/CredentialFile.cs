using RoleCall.Core.Identity;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// The sessions the seeder wrote (`KEY SECRET TOKEN` per line), kept as one byte array with line offsets so a
/// million of them fit in ~200 MB; a line becomes credentials only when a request picks it.
/// </summary>
internal sealed class CredentialFile
{
    private readonly byte[] _bytes;
    private readonly int[] _starts;

    public CredentialFile(string path)
    {
        _bytes = File.ReadAllBytes(path);
        var starts = new List<int> { 0 };
        for (var i = 0; i < _bytes.Length - 1; i++)
        {
            if (_bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
    }

    public int Count => _starts.Length;

    public AwsCredentials this[int index]
    {
        get
        {
            var end = index + 1 < _starts.Length ? _starts[index + 1] - 1 : _bytes.Length;
            var parts = System.Text.Encoding.ASCII.GetString(_bytes, _starts[index], end - _starts[index]).TrimEnd().Split(' ');
            return new AwsCredentials(parts[0], parts[1], parts.Length > 2 ? parts[2] : null);
        }
    }
}
