using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Audit;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Jobs;

/// <summary>Stores a running job's latest progress line so the page (and anyone after a restart) can see it.</summary>
/// <remarks>Stages report often; writes are throttled: a new stage or a stage's end is always written, other lines
/// at most once per <see cref="MinInterval"/>, and only the newest pending line is kept while a write is under way.
/// Writes happen on their own context, off the audit's path, so a slow database never slows the audit.</remarks>
internal sealed class JobProgress : IProgress<AuditProgress>, IProgress<string>, IAsyncDisposable
{
    public const int MaxLength = 500;

    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _lines = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly WorkspaceDatabase _database;
    private readonly int _jobId;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<string> _stages;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private readonly Task _writer;
    private string? _lastStage;
    private DateTimeOffset _lastWrite = DateTimeOffset.MinValue;

    public JobProgress(WorkspaceDatabase database, int jobId, TimeProvider time, IReadOnlyList<string> stages, ILogger log)
    {
        _database = database;
        _jobId = jobId;
        _time = time;
        _stages = stages;
        _log = log;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>A stage's report, e.g. "Stage 3 of 9 · secrets: scanning files (40%)".</summary>
    public void Report(AuditProgress value)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var milestone = value.Stage != _lastStage || value.Activity is "done" or "failed";
            if (!milestone && now - _lastWrite < MinInterval)
            {
                return;
            }

            _lastStage = value.Stage;
            _lastWrite = now;
        }

        Report(Format(value));
    }

    /// <summary>A line of its own (the domain and site checks have a few steps, not stages).</summary>
    public void Report(string line) => _lines.Writer.TryWrite(line.Length > MaxLength ? line[..MaxLength] : line);

    private string Format(AuditProgress value)
    {
        var index = -1;
        for (var i = 0; i < _stages.Count; i++)
        {
            if (string.Equals(_stages[i], value.Stage, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        var where = index >= 0 ? $"Stage {index + 1} of {_stages.Count} · {value.Stage}" : value.Stage;
        var fraction = value.Fraction is > 0 and < 1
            ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Round(value.Fraction.Value * 100):0}%)")
            : string.Empty;
        return $"{where}: {value.Activity}{fraction}";
    }

    private async Task WriteAllAsync()
    {
        await foreach (var line in _lines.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await using var db = _database.CreateContext();
                await db.AuditJobs.Where(j => j.Id == _jobId)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, line)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // Progress is a courtesy: a failed write must not fail the audit.
                _log.LogWarning(ex, "Could not store progress of job {Job}", _jobId);
            }
        }
    }

    /// <summary>Writes what is pending and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }
}
