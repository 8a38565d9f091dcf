using System.Globalization;
using System.Text;

namespace Plumbline.Checks.History;

/// <summary>Parses the NUL-separated output of
/// <c>git log -z --raw --numstat --format=%x1e%H%x1f%at%x1f%aN%x1f%aE</c> as it streams, one commit at a time.</summary>
/// <remarks>Raw entries give the exact status (added, deleted, renamed) and both names of a rename; numstat
/// entries give line counts. Git writes both for the same diff queue, in the same order.</remarks>
internal sealed class GitLogParser(Action<CommitRecord> onCommit)
{
    /// <summary>The <c>--format</c> argument the parser expects.</summary>
    public const string Format = "--format=%x1e%H%x1f%at%x1f%aN%x1f%aE";

    private enum Expect
    {
        Entry,
        RawPath,
        RawOld,
        RawNew,
        NumOld,
        NumNew,
    }

    private readonly List<(char Status, string Path, string? Old)> _raw = [];
    private readonly List<(string Path, int? Added, int? Deleted)> _num = [];
    private string? _sha;
    private long _time;
    private string _name = string.Empty;
    private string _email = string.Empty;
    private Expect _expect = Expect.Entry;
    private char _pendingStatus;
    private string? _pendingOld;
    private int? _pendingAdded;
    private int? _pendingDeleted;

    /// <summary>Commits parsed so far.</summary>
    public int Commits { get; private set; }

    /// <summary>Reads the stream to its end.</summary>
    public async Task ParseAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        while (true)
        {
            if (start > 0 && start == end)
            {
                start = end = 0;
            }
            else if (end == buffer.Length)
            {
                if (start == 0)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                else
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end, buffer.Length - end), ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            var scanFrom = end;
            end += read;
            int nul;
            while ((nul = Array.IndexOf(buffer, (byte)0, scanFrom, end - scanFrom)) >= 0)
            {
                Token(buffer.AsSpan(start, nul - start));
                start = nul + 1;
                scanFrom = start;
            }
        }

        if (end > start)
        {
            Token(buffer.AsSpan(start, end - start));
        }

        Flush();
    }

    private void Token(ReadOnlySpan<byte> token)
    {
        switch (_expect)
        {
            case Expect.RawPath:
                _raw.Add((_pendingStatus, Decode(token), null));
                _expect = Expect.Entry;
                return;
            case Expect.RawOld:
                _pendingOld = Decode(token);
                _expect = Expect.RawNew;
                return;
            case Expect.RawNew:
                _raw.Add((_pendingStatus, Decode(token), _pendingOld));
                _expect = Expect.Entry;
                return;
            case Expect.NumOld:
                _expect = Expect.NumNew;
                return;
            case Expect.NumNew:
                _num.Add((Decode(token), _pendingAdded, _pendingDeleted));
                _expect = Expect.Entry;
                return;
        }

        // A new entry; git puts a newline between the header and the first raw line.
        while (token.Length > 0 && token[0] == (byte)'\n')
        {
            token = token[1..];
        }

        if (token.IsEmpty)
        {
            return;
        }

        if (token[0] == 0x1e)
        {
            Flush();
            Header(token[1..]);
        }
        else if (token[0] == (byte)':')
        {
            // ":100644 100644 abc def M" or "... R086": the status is the last field.
            var space = token.LastIndexOf((byte)' ');
            _pendingStatus = (char)token[space + 1];
            _expect = _pendingStatus is 'R' or 'C' ? Expect.RawOld : Expect.RawPath;
        }
        else
        {
            // "added\tdeleted\tpath", or "added\tdeleted\t" followed by the old and new names.
            var tab1 = token.IndexOf((byte)'\t');
            var rest = token[(tab1 + 1)..];
            var tab2 = rest.IndexOf((byte)'\t');
            if (tab1 < 0 || tab2 < 0)
            {
                return;
            }

            var added = Count(token[..tab1]);
            var deleted = Count(rest[..tab2]);
            var path = rest[(tab2 + 1)..];
            if (path.IsEmpty)
            {
                _pendingAdded = added;
                _pendingDeleted = deleted;
                _expect = Expect.NumOld;
            }
            else
            {
                _num.Add((Decode(path), added, deleted));
            }
        }
    }

    private void Header(ReadOnlySpan<byte> header)
    {
        var text = Decode(header);
        var parts = text.Split('\u001f');
        _sha = parts[0];
        _time = parts.Length > 1 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : 0;
        _name = parts.Length > 2 ? parts[2].Trim() : string.Empty;
        _email = parts.Length > 3 ? parts[3].Trim() : string.Empty;
    }

    private void Flush()
    {
        if (_sha is null)
        {
            return;
        }

        var changes = new FileChange[_raw.Count];
        for (var i = 0; i < _raw.Count; i++)
        {
            var (status, path, old) = _raw[i];
            int? added = null;
            int? deleted = null;
            if (i < _num.Count && _num[i].Path == path)
            {
                (_, added, deleted) = _num[i];
            }
            else
            {
                foreach (var n in _num)
                {
                    if (n.Path == path)
                    {
                        (_, added, deleted) = n;
                        break;
                    }
                }
            }

            changes[i] = new FileChange(status, path, old, added, deleted);
        }

        Commits++;
        onCommit(new CommitRecord(_sha, _time, _name, _email, changes));
        _sha = null;
        _raw.Clear();
        _num.Clear();
        _expect = Expect.Entry;
    }

    private static int? Count(ReadOnlySpan<byte> digits)
    {
        if (digits.Length == 1 && digits[0] == (byte)'-')
        {
            return null;
        }

        var value = 0;
        foreach (var b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
