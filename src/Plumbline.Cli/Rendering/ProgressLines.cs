using System.Globalization;
using Plumbline.Checks.Audit;

namespace Plumbline.Cli.Rendering;

/// <summary>Audit progress as plain lines, for logs (CI, a redirected terminal): every start, end and failure, and
/// while a stage runs, its latest progress at most once per <see cref="Interval"/>, so a long stage shows it is moving
/// (files or blobs done of total, commits read) without flooding the log.</summary>
internal sealed class ProgressLines(TextWriter writer, TimeProvider time)
{
    /// <summary>How often a running stage's progress is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, DateTimeOffset> _lastWritten = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ended = new(StringComparer.Ordinal);
    private string _lastEdge = string.Empty;

    /// <summary>Writes the line this report calls for, if any. Safe to call from several threads.</summary>
    public void Report(AuditProgress progress)
    {
        lock (writer)
        {
            var now = time.GetUtcNow();
            if (progress.Activity is "starting" or "done" or "failed")
            {
                // A stage may say "done" itself and the runner again after it: one line.
                if (progress.Stage + progress.Activity != _lastEdge)
                {
                    _lastEdge = progress.Stage + progress.Activity;
                    _lastWritten[progress.Stage] = now;
                    writer.WriteLine($"audit: {progress.Stage}: {progress.Activity}");
                }

                if (progress.Activity == "starting")
                {
                    _ended.Remove(progress.Stage);
                }
                else
                {
                    _ended.Add(progress.Stage);
                }

                return;
            }

            // Progress is posted to other threads and can arrive after its stage ended: a late line would say the
            // stage is still at 16% after "done".
            if (_ended.Contains(progress.Stage))
            {
                return;
            }

            if (_lastWritten.TryGetValue(progress.Stage, out var last) && now - last < Interval)
            {
                return;
            }

            _lastWritten[progress.Stage] = now;
            var share = progress.Fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Clamp(f, 0, 1) * 100:0}%)") : string.Empty;
            writer.WriteLine($"audit: {progress.Stage}: {progress.Activity}{share}");
        }
    }
}
