using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.EndOfLife;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.EndOfLife;

public sealed class EndOfLifeStageTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _time = new(EolFixtures.Today);

    public void Dispose() => _data.Dispose();

    private void ImportFixtureData()
    {
        var (database, error) = EolImporter.Import(EolFixtures.WriteRepository(_data.Full("eol-repo")), _time.GetUtcNow());
        error.ShouldBeNull();
        new EolStore(_data.Path).Save(database!);
    }

    private async Task<StageResult> Run(GitRepoBuilder repo)
    {
        var context = new AuditContext(repo.Path, "target", AuditConfig.Empty, _time) { IsGitRepository = true };
        var stage = new EndOfLifeStage(name => name == "PLUMB_DATA" ? _data.Path : null);
        return await stage.RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
    }

    private static GitRepoBuilder LegacyShop() => GitRepoBuilder.Init()
        .WithFile("Dockerfile", "FROM php:7.2-apache\nCOPY . /var/www/html\nEXPOSE 80\n")
        .WithFile("docker-compose.yml", "services:\n  db:\n    image: mysql:5.7\n  reports:\n    image: postgres:15\n  cache:\n    image: redis:6\n  worker:\n    image: node:latest\n")
        .WithFile("admin/.nvmrc", "22\n")
        .WithFile("legacy/Billing.csproj", "<Project>\n  <PropertyGroup>\n    <TargetFrameworkVersion>v4.5</TargetFrameworkVersion>\n  </PropertyGroup>\n</Project>\n")
        .WithFile("tests/fixtures/old/Dockerfile", "FROM php:5.6\n")
        .WithFile(".github/workflows/ci.yml", "jobs:\n  test:\n    container:\n      image: node:12\n")
        .Commit("legacy shop");

    [Fact]
    public async Task A_web_facing_platform_past_its_end_of_life_is_do_now_and_a_database_is_plan_and_invest()
    {
        ImportFixtureData();
        using var repo = LegacyShop();

        var result = await Run(repo);

        var failed = result.Findings.Where(f => f.CheckId == "PlatformsAreSupported" && f.Outcome == Outcome.Fail).ToList();
        failed.Select(f => f.Location.Path).ShouldBe(["Dockerfile", "docker-compose.yml", "legacy/Billing.csproj"], ignoreOrder: true);

        var php = failed.Single(f => f.Location.Path == "Dockerfile");
        php.Location.Line.ShouldBe(1);
        php.Detail.ShouldBe("PHP 7.2 reached its end of life on 2020-11-30: it no longer gets security fixes. It faces the internet with the application. The nearest supported version is PHP 8.3, one major step away.");
        php.RecommendationId.ShouldBe("upgrade-exposed-end-of-life-platform");
        php.Severity.ShouldBe(Severity.High);
        php.Evidence.ShouldContain("Dockerfile:1: FROM php:7.2-apache");
        php.Evidence.ShouldContain("Source: endoflife.date (MIT licence), data as of 2026-08-01");

        var mysql = failed.Single(f => f.Location.Path == "docker-compose.yml");
        mysql.Detail.ShouldStartWith("MySQL 5.7 reached its end of life on 2023-10-31");
        mysql.RecommendationId.ShouldBe("upgrade-internal-end-of-life-platform");

        // The .NET Framework app serves the web (the Dockerfile exposes a port), and 4.8 is an in-place update from 4.5.
        var fx = failed.Single(f => f.Location.Path == "legacy/Billing.csproj");
        fx.Detail.ShouldContain("The nearest supported version is .NET Framework 4.8, a minor update away.");
        fx.RecommendationId.ShouldBe("upgrade-exposed-end-of-life-platform");

        var items = ItemsFromFindings.Build(result.Findings, RecommendationCatalog.BuiltIn);
        var exposed = items.Single(i => i.RecommendationId == "upgrade-exposed-end-of-life-platform");
        QuadrantRules.Of(exposed.Impact, exposed.Effort).ShouldBe(Quadrant.DoNow);
        var internalItem = items.Single(i => i.RecommendationId == "upgrade-internal-end-of-life-platform");
        QuadrantRules.Of(internalItem.Impact, internalItem.Effort).ShouldBe(Quadrant.PlanAndInvest);
    }

    [Fact]
    public async Task Unreadable_versions_are_inconclusive_and_ci_and_test_fixtures_are_not_read()
    {
        ImportFixtureData();
        using var repo = LegacyShop();

        var result = await Run(repo);

        var inconclusive = result.Findings.Where(f => f.CheckId == "PlatformsAreSupported" && f.Outcome == Outcome.Inconclusive).ToList();
        inconclusive.Single(f => f.Detail.StartsWith("redis", StringComparison.Ordinal)).Detail.ShouldContain("the end-of-life data has no 'redis' product");
        inconclusive.Single(f => f.Detail.StartsWith("Node.js", StringComparison.Ordinal)).Detail.ShouldContain("no version can be read from it (docker-compose.yml:9: image: node:latest)");
        result.Findings.ShouldNotContain(f => f.Location.Path != null && (f.Location.Path.StartsWith("tests/", StringComparison.Ordinal) || f.Location.Path.StartsWith(".github/", StringComparison.Ordinal)));
        result.Findings.ShouldNotContain(f => f.CheckId == "PlatformsAreSupported" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task A_platform_ending_within_six_months_and_one_far_behind_are_reported_with_dates_and_upgrade_size()
    {
        ImportFixtureData();
        using var repo = LegacyShop();

        var result = await Run(repo);

        var near = result.Findings.Single(f => f.CheckId == "PlatformsAreNotNearEndOfLife" && f.Outcome == Outcome.Fail);
        near.Detail.ShouldBe("Node.js 22 reaches its end of life on 2027-04-30, in 144 days; after that it gets no security fixes. Upgrade to Node.js 24 (one major step) before then.");
        near.Location.Path.ShouldBe("admin/.nvmrc");

        var behind = result.Findings.Single(f => f.CheckId == "PlatformsAreCurrent" && f.Outcome == Outcome.Fail);
        behind.Detail.ShouldStartWith("PostgreSQL 15 is still supported (until 2027-11-11) but 3 major versions behind the newest, PostgreSQL 18");
        behind.RecommendationId.ShouldBe("catch-up-platform-major-versions");

        var table = result.Tables.ShouldHaveSingleItem();
        table.Rows.Select(r => r[0]).ShouldBe(["PHP 7.2", "MySQL 5.7", "PostgreSQL 15", "Node.js 22", ".NET Framework 4.5"], ignoreOrder: true);
        var platforms = result.Metrics["endoflife"]!["platforms"]!.AsArray();
        var php = platforms.Single(p => p!["product"]!.GetValue<string>() == "php")!;
        php["status"]!.GetValue<string>().ShouldBe("endOfLife");
        php["upgradeSteps"]!.GetValue<int>().ShouldBe(1);
        php["exposed"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Supported_platforms_pass_only_when_every_platform_found_was_judged()
    {
        ImportFixtureData();
        using var repo = GitRepoBuilder.Init().WithFile(".nvmrc", "24\n").WithFile("composer.json", "{ \"require\": { \"php\": \"^8.3\" } }").Commit("modern");

        var result = await Run(repo);

        result.Findings.Single(f => f.CheckId == "PlatformsAreSupported").Outcome.ShouldBe(Outcome.Pass);
        result.Findings.Single(f => f.CheckId == "PlatformsAreNotNearEndOfLife").Outcome.ShouldBe(Outcome.Pass);
        result.Findings.Single(f => f.CheckId == "PlatformsAreCurrent").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task A_repository_naming_no_platform_is_not_applicable_never_a_pass()
    {
        ImportFixtureData();
        using var repo = GitRepoBuilder.Init().WithFile("README.md", "# notes\n").WithFile("package.json", "{ \"engines\": { \"node\": \">=18\" } }").Commit("docs");

        var result = await Run(repo);

        result.Findings.Count.ShouldBe(3);
        result.Findings.ShouldAllBe(f => f.Outcome == Outcome.NotApplicable);
    }

    [Fact]
    public async Task Damaged_data_makes_every_check_inconclusive_and_says_what_to_run()
    {
        _data.WriteFile("eol/eol.json", "{ not json");
        using var repo = LegacyShop();

        var result = await Run(repo);

        result.Findings.Count.ShouldBe(3);
        result.Findings.ShouldAllBe(f => f.Outcome == Outcome.Inconclusive && f.Detail.Contains("plumb eoldb update"));
    }

    [Fact]
    public async Task With_no_imported_data_the_built_in_baseline_fails_net6_node16_and_python38_with_their_end_dates()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n")
            .WithFile(".nvmrc", "16\n")
            .WithFile(".python-version", "3.8\n")
            .Commit("ageing");

        var result = await Run(repo);

        var failed = result.Findings.Where(f => f.CheckId == "PlatformsAreSupported").ToList();
        failed.ShouldAllBe(f => f.Outcome == Outcome.Fail);
        failed.Select(f => f.Detail[..f.Detail.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(
            [".NET 6 reached its end of life on 2024-11-12", "Node.js 16 reached its end of life on 2023-09-11", "Python 3.8 reached its end of life on 2024-10-07"], ignoreOrder: true);
        var python = failed.Single(f => f.Location.Path == ".python-version");
        python.Evidence.ShouldBe([
            ".python-version:1: 3.8",
            "Python 3.8: released 2019-10-14, end of life 2024-10-07",
            "Upgrade path: Python 3.11 (end of life 2027-10-31) is several major steps (3) away; 3.14 is the newest (6 major version(s) ahead).",
            "Source: Plumbline's built-in baseline (the vendors' published support policies), data as of 2025-12-31",
            "Dates from: https://devguide.python.org/versions/",
        ]);
        result.Metrics["endoflife"]!["data"]!["origin"]!.GetValue<string>().ShouldBe("built in");
    }

    [Fact]
    public async Task A_current_repository_passes_on_the_built_in_baseline_and_says_how_old_the_data_is()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n")
            .WithFile(".nvmrc", "24\n")
            .WithFile(".python-version", "3.13\n")
            .WithFile("Legacy/Legacy.csproj", "<Project>\n  <PropertyGroup>\n    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n  </PropertyGroup>\n</Project>\n")
            .Commit("current");

        var result = await Run(repo);

        var supported = result.Findings.Single(f => f.CheckId == "PlatformsAreSupported");
        supported.Outcome.ShouldBe(Outcome.Pass);
        supported.Detail.ShouldBe("Every platform found is supported: Node.js 24, Python 3.13, .NET 10, .NET Framework 4.8 (the end-of-life data is 341 days old; run 'plumb eoldb update' for newer dates).");
        result.Findings.Single(f => f.CheckId == "PlatformsAreNotNearEndOfLife").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task A_cycle_newer_than_the_baseline_or_one_without_an_end_date_on_old_data_is_inconclusive_not_supported()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile(".nvmrc", "26\n")
            .WithFile("go.mod", "module example.org/shop\n\ngo 1.25\n")
            .Commit("newer than the data");

        var result = await Run(repo);

        var findings = result.Findings.Where(f => f.CheckId == "PlatformsAreSupported").ToList();
        findings.ShouldAllBe(f => f.Outcome == Outcome.Inconclusive);
        findings.Single(f => f.Location.Path == ".nvmrc").Detail.ShouldBe(
            "Node.js is named in 1 place(s) but its end of life could not be judged: version 26 is newer than every Node.js release cycle in the data (the newest is 25; Plumbline's built-in baseline (the vendors' published support policies), data as of 2025-12-31), so its support dates are not known; 'plumb eoldb update' brings newer data (.nvmrc:1: 26).");
        findings.Single(f => f.Location.Path == "go.mod").Detail.ShouldContain(
            "Go 1.25 had no published end of life as of 2025-12-31, and the data is 341 days old, so whether it is still supported is not known");
    }

    [Fact]
    public void Without_any_data_the_checks_say_nothing_was_checked()
    {
        var snapshot = new PlatformSnapshot([new DetectedPlatform("php", "7.2", "Dockerfile", 1, "FROM php:7.2")], null, new DateOnly(2026, 12, 7), true);

        var findings = EndOfLifeChecks.All.SelectMany(c => c.Run(snapshot)).ToList();

        findings.Count.ShouldBe(3);
        findings.ShouldAllBe(f => f.Outcome == Outcome.Inconclusive && f.Detail.StartsWith("Not checked: this build of plumb has no end-of-life data built in", StringComparison.Ordinal));
    }
}
