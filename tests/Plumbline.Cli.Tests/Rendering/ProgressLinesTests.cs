using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Cli.Rendering;

namespace Plumbline.Cli.Tests.Rendering;

/// <summary>Progress written to a log: starts, ends and failures always; a running stage's latest progress once per
/// interval of the (injected) clock, so a long stage is seen moving without a line per file.</summary>
public sealed class ProgressLinesTests
{
    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void A_long_stage_writes_its_latest_progress_once_per_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));
        using var log = new StringWriter();
        var lines = new ProgressLines(log, time);

        lines.Report(new AuditProgress("secrets", "starting", 0));
        for (var n = 200; n <= 1000; n += 200)
        {
            lines.Report(new AuditProgress("secrets", $"scanning {n}/4000 file versions", n / 4000.0));
        }

        time.Advance(ProgressLines.Interval);
        lines.Report(new AuditProgress("secrets", "scanning 1200/4000 file versions", 0.3));
        lines.Report(new AuditProgress("secrets", "scanning 1400/4000 file versions", 0.35));
        time.Advance(ProgressLines.Interval);
        lines.Report(new AuditProgress("secrets", "scanning 1600/4000 file versions", 0.4));
        lines.Report(new AuditProgress("secrets", "done", 1));
        lines.Report(new AuditProgress("secrets", "done", 1));

        Lines(log).ShouldBe(
        [
            "audit: secrets: starting",
            "audit: secrets: scanning 1200/4000 file versions (30%)",
            "audit: secrets: scanning 1600/4000 file versions (40%)",
            "audit: secrets: done",
        ]);
    }

    [Fact]
    public void Progress_that_arrives_after_its_stage_ended_is_not_written()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));
        using var log = new StringWriter();
        var lines = new ProgressLines(log, time);

        lines.Report(new AuditProgress("repo", "starting", 0));
        lines.Report(new AuditProgress("repo", "done", 1));
        lines.Report(new AuditProgress("complexity", "starting", 0));
        time.Advance(ProgressLines.Interval);
        lines.Report(new AuditProgress("repo", "reading 200 of 1,213 files", 0.16));
        lines.Report(new AuditProgress("complexity", "done", 1));

        Lines(log).ShouldBe(["audit: repo: starting", "audit: repo: done", "audit: complexity: starting", "audit: complexity: done"]);
    }

    [Fact]
    public void Progress_without_a_total_is_written_without_a_share()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));
        using var log = new StringWriter();
        var lines = new ProgressLines(log, time);

        lines.Report(new AuditProgress("history", "starting", 0));
        time.Advance(TimeSpan.FromSeconds(12));
        lines.Report(new AuditProgress("history", "read 22,000 commits"));
        lines.Report(new AuditProgress("history", "failed", 1));

        Lines(log).ShouldBe(["audit: history: starting", "audit: history: read 22,000 commits", "audit: history: failed"]);
    }
}
