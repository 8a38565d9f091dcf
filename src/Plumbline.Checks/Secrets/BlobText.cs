using System.Text;

namespace Plumbline.Checks.Secrets;

/// <summary>Turns file bytes into text to scan, or says why not (binary).</summary>
internal static class BlobText
{
    private const int SniffBytes = 8000;

    /// <summary>Git's own heuristic: a NUL byte in the first 8000 bytes means binary.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(SniffBytes, bytes.Length)].Contains((byte)0);

    public static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
