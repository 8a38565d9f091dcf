using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Complexity;
using Plumbline.Checks.Repo;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>Long stages say how far along they are while they run (files done of total), not only when they start and
/// end: counted here by the progress they report, never by timing.</summary>
public sealed class StageProgressTests : IDisposable
{
    private const int Files = 450;

    private readonly GitRepoBuilder _repo = Build();

    public void Dispose() => _repo.Dispose();

    private static GitRepoBuilder Build()
    {
        var repo = GitRepoBuilder.Init();
        for (var i = 0; i < Files; i++)
        {
            repo.WithFile($"app/module{i}.py", $"def f{i}(x):\n    return x + {i}\n");
        }

        return repo.Commit("many modules");
    }

    private sealed class Recorded : IProgress<AuditProgress>
    {
        public List<AuditProgress> Reports { get; } = [];

        public void Report(AuditProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }

    private async Task<List<AuditProgress>> RunAsync(IAuditStage stage)
    {
        var context = new AuditContext(_repo.Path, "many", AuditConfig.Empty, new FakeTimeProvider(GitRepoBuilder.DefaultStart)) { IsGitRepository = true };
        var recorded = new Recorded();
        await stage.RunAsync(context, recorded, CancellationToken.None);
        return recorded.Reports;
    }

    [Fact]
    public async Task The_repo_stage_reports_files_read_of_the_total()
    {
        var reports = await RunAsync(new RepoStage());

        var reading = reports.Where(r => r.Activity.Contains($"of {Files:N0} files", StringComparison.Ordinal)).ToList();
        reading.Count.ShouldBe(Files / RepoCollector.ProgressEvery);
        reading.ShouldAllBe(r => r.Fraction > 0 && r.Fraction < 1);
    }

    [Fact]
    public async Task The_complexity_stage_reports_files_measured_of_the_total()
    {
        var reports = await RunAsync(new ComplexityStage());

        reports.Count(r => r.Activity.StartsWith("measuring functions:", StringComparison.Ordinal) && r.Activity.EndsWith($"of {Files:N0} files", StringComparison.Ordinal))
            .ShouldBe(Files / 200);
    }
}
