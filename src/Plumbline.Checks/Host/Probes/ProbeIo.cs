using System.Text;

namespace Plumbline.Checks.Host.Probes;

/// <summary>Reading what a server sends, bounded in size and time, and turning it into text safe to show.</summary>
internal static class ProbeIo
{
    /// <summary>Reads until <paramref name="enough"/> says so, <paramref name="max"/> bytes arrived, the server closed, or
    /// the probe's time ran out (<paramref name="cancellationToken"/>); returns what arrived, which may be nothing.
    /// A trickling server is bounded by the token, not by a per-read idle timeout.</summary>
    public static async Task<byte[]> ReadAsync(Stream stream, int max, Func<ReadOnlyMemory<byte>, bool> enough, CancellationToken cancellationToken)
    {
        var buffer = new byte[max];
        var count = 0;
        try
        {
            while (count < max)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(count, max - count), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                count += n;
                if (enough(buffer.AsMemory(0, count)))
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Out of time or reset: what arrived so far is the answer.
        }

        return buffer[..count];
    }

    /// <summary>Sends a request; false when the server closed or reset the connection first.</summary>
    public static async Task<bool> WriteAsync(Stream stream, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>True once a line end has arrived.</summary>
    public static bool HasLine(ReadOnlyMemory<byte> data) => data.Span.IndexOf((byte)'\n') >= 0;

    /// <summary>The first line of an answer, as printable text of at most 200 characters (control characters become '?').</summary>
    public static string FirstLine(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOfAny((byte)'\r', (byte)'\n');
        return Printable(Encoding.Latin1.GetString(end >= 0 ? data[..end] : data));
    }

    /// <summary>Text from a target, with control characters replaced and its length capped, fit for a report line.</summary>
    public static string Printable(string text, int max = 200)
    {
        var sb = new StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text)
        {
            if (sb.Length == max)
            {
                sb.Append('…');
                break;
            }

            sb.Append(char.IsControl(c) ? '?' : c);
        }

        return sb.ToString().Trim();
    }
}
