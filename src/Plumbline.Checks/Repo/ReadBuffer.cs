namespace Plumbline.Checks.Repo;

/// <summary>A byte array each reading thread keeps and reuses: a file is decoded to text straight after it is read,
/// so one array per thread serves every file, instead of a new (often large-object-heap) array per file.</summary>
internal sealed class ReadBuffer
{
    // A larger array is used once and not kept: one big file should not hold its size in memory for the rest of the run.
    private const int KeepAtMost = 4 * 1024 * 1024;

    [ThreadStatic]
    private static ReadBuffer? _forThisThread;

    private byte[] _kept = new byte[64 * 1024];

    public static ReadBuffer ForThisThread => _forThisThread ??= new ReadBuffer();

    /// <summary>The array handed out by the last <see cref="Reserve"/>.</summary>
    public byte[] Bytes { get; private set; } = [];

    /// <summary>An array with room for <paramref name="length"/> bytes, valid until the next call on this thread.</summary>
    public byte[] Reserve(int length)
    {
        if (length <= _kept.Length)
        {
            Bytes = _kept;
        }
        else
        {
            Bytes = new byte[length];
            if (length <= KeepAtMost)
            {
                _kept = Bytes;
            }
        }

        return Bytes;
    }
}
