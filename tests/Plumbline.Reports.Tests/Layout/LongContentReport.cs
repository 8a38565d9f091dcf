using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;
using Plumbline.Core.Scales;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Layout;

/// <summary>A report shaped like a real repository audit (the tables and columns `plumb audit` writes, paths from this
/// repository), with the long unbroken text that used to push columns off the page: deep paths, hashes, URLs.</summary>
internal static class LongContentReport
{
    public const string LongPath = "src/Plumbline.Web/Data/Migrations/Postgres/PostgresWorkspaceDbModelSnapshot.cs";
    public const string OtherPath = "src/Plumbline.Web/Data/Migrations/Sqlite/SqliteWorkspaceDbModelSnapshot.cs";

    public static ReportBuilder Build()
    {
        var truck = FindingBuilder.Fail("TruckFactorIsAboveTwo", "spread-code-knowledge").WithSeverity(Severity.High)
            .Saying("The truck factor is 1: if Dana Example alone left, more than half of the source files would have nobody who wrote them.")
            .WithEvidence("838 of 838 source files have an author; without Dana Example, 838 of them (100%) have no author left",
                "src/Plumbline.Checks: truck factor 1, main author Dana Example (100% of files)");
        var secret = FindingBuilder.Fail("NoSecretsInHistory", "rotate-secrets-in-history").WithSeverity(Severity.Critical)
            .At("tests/Plumbline.Checks.Tests/Fixtures/Secrets/very/deep/folder/structure/appsettings.Production.json", 14, "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c")
            .Saying("A Stripe live secret key was committed in 0f1e2d3c and is still in the history (sk_live_…Qz, sha256:4be1f0c2d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2).")
            .WithEvidence("https://dashboard.stripe.example/test/apikeys/rotate?key=sk_live_redacted_for_this_fixture_only_0000000000000000000000");
        var hotspot = FindingBuilder.Fail("HotspotsHaveTests", "test-the-hotspots").At(LongPath)
            .Saying($"{LongPath} changed 18 times in 12 months, has 581 lines and no test touches it; it is the riskiest file to change.");
        var coupling = FindingBuilder.Fail("FilesChangeTogether", "test-the-hotspots").WithSeverity(Severity.Low).At(OtherPath)
            .Saying($"{OtherPath} and {LongPath} changed together in 5 of 5 commits.");
        var pass = FindingBuilder.Pass("ReadmeExplainsSetup", "write-a-readme", "The README explains how to set up, run and test the project.").At("README.md");
        return new ReportBuilder()
            .Titled("Harbor & Pine Supply — repository audit")
            .OfKind("audit", "/srv/clients/harbor-and-pine/repositories/harbor-and-pine-webshop-monorepo")
            .WithFindings(truck, secret, hotspot, coupling, pass)
            .WithItem(new ItemBuilder("rotate").Titled("Rotate and remove the secret in history").Rated(5, 2).InPhase(Phase.ImmediateFixes).For("rotate-secrets-in-history").WithFindings(secret))
            .WithItem(new ItemBuilder("knowledge").Titled("Get a second person able to change the code that only one person knows").Rated(4, 3).For("spread-code-knowledge").WithFindings(truck))
            .WithItem(new ItemBuilder("hotspots").Titled("Put tests around the files that change most").Rated(3, 3).For("test-the-hotspots").WithFindings(hotspot, coupling))
            .WithTable(new MetricTable("hotspots", "Hotspots", ["File", "Changes (12 months)", "Lines", "Score", "Active authors", "Departed authors"],
                [
                    ["src/Plumbline.Checks/Repo/RepoCollector.cs", "18", "581", "10,458", "Dana Example", "—"],
                    [LongPath, "5", "1,358", "6,790", "Dana Example, Sam Someone, Alex Another-Person", "Former Contractor (left 2025-03)"],
                    [OtherPath, "5", "1,317", "6,587", "Dana Example", "—"],
                    ["tests/Plumbline.Web.Tests/EndToEnd/WorkspaceJourneyTests.cs", "6", "321", "1,926", "Dana Example", "—"],
                ])
            { BarColumn = 3 })
            .WithTable(new MetricTable("coupling", "Files that change together", ["File", "Changes with", "Shared commits", "Degree"],
                [[LongPath, OtherPath, "5", "100%"]]))
            .WithTable(new MetricTable("knowledge-map", "Knowledge map", ["Folder", "Files", "Main author", "Share", "Truck factor", "Authors", "Single-author files", "Departed files"],
                [["src/Plumbline.Web/Data/Migrations/Postgres", "14", "Dana Example", "100%", "1", "1", "14", "0"]]));
    }
}
