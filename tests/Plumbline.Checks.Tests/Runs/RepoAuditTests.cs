using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Tests.Repo;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>The one audit run the CLI and the web's audit jobs both call: the configuration's disabled checks and ratings apply, and the summary is made.</summary>
public sealed class RepoAuditTests
{
    private static async Task<Reports.Model.Report> AuditAsync(string yaml)
    {
        using var repo = Fixture.Repo(new Dictionary<string, string>
        {
            ["app.js"] = "console.log('hello');\n",
            ["package.json"] = """{ "name": "shop", "version": "1.0.0" }""",
        });
        var config = AuditConfigReader.Read(yaml, "plumbline.yml", RecommendationCatalog.BuiltIn).Value;
        var (target, error) = AuditTarget.Open(repo.Path, AuditSetup.CloneTimeout);
        target.ShouldNotBeNull(error);
        using (target)
        {
            var run = new CheckRunSettings(RecommendationCatalog.BuiltIn, new FakeTimeProvider(Fixture.Now), DateOnly.FromDateTime(Fixture.Now.UtcDateTime));
            var settings = new RepoAuditSettings(run, config) { Stages = [.. BuiltInStages.All().Where(s => s.Name == "repo")] };
            var report = await RepoAudit.RunAsync(target, settings, CancellationToken.None);
            report.Success.ShouldBeTrue();
            return report.Value;
        }
    }

    [Fact]
    public async Task Disabled_checks_give_no_finding_and_ratings_move_items()
    {
        var plain = await AuditAsync("exclude: []\n");
        plain.Findings.ShouldContain(f => f.CheckId == "HasReadme");
        plain.Items.Single(i => i.Id == "add-readme").Quadrant.ShouldBe(Quadrant.DoNow);

        var configured = await AuditAsync("disable: [HasLicense]\nrecommendations:\n  add-readme: { impact: 1, effort: 4 }\n");

        configured.Findings.ShouldNotContain(f => f.CheckId == "HasLicense");
        configured.Items.ShouldNotContain(i => i.Id == "add-license");
        configured.Items.Single(i => i.Id == "add-readme").Quadrant.ShouldBe(Quadrant.SkipForNow);
    }

    [Fact]
    public async Task The_report_carries_the_summary_of_what_is_working_and_what_to_fix_first()
    {
        var report = await AuditAsync("exclude: []\n");

        var summary = report.Metrics["summary"]!.AsObject();
        summary["fixFirst"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain(report.Items.Single(i => i.Id == "add-readme").Title);
        summary["working"].ShouldNotBeNull();
        summary["inconclusive"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(0);
    }
}
