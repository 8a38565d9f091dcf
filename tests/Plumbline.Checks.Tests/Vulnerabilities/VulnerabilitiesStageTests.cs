using System.Text.Json.Nodes;
using LibGit2Sharp;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using static Plumbline.Checks.Tests.Vulnerabilities.OsvFixtures;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class VulnerabilitiesStageTests : IDisposable
{
    private static readonly DateTimeOffset Imported = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(Imported);

    private string Target => Path.Combine(_temp.Path, "target");

    private string Data => Path.Combine(_temp.Path, "data");

    public void Dispose() => _temp.Dispose();

    private void ImportFixtureDatabase(params string[] ecosystems)
    {
        var all = new[]
        {
            Advisory("GHSA-lodash-0000-0001", "npm", "lodash", introduced: "4.0.0", fixedIn: "4.17.21", aliases: ["CVE-2099-1001"], cvss: CriticalVector, summary: "Prototype pollution in lodash"),
            Advisory("GHSA-qs00-0000-0001", "npm", "qs", fixedIn: "6.7.3", cvss: MediumVector),
            Advisory("GHSA-safe-0000-0001", "npm", "express", fixedIn: "4.0.0", severity: "HIGH"),
            Advisory("PYSEC-2099-10", "PyPI", "Django", introduced: "3.0", fixedIn: "4.2.0", aliases: ["CVE-2099-2001"], severity: "HIGH"),
            Advisory("RUSTSEC-2099-0001", "crates.io", "smallvec", introduced: "1.0.0", lastAffected: "1.6.0", severity: "LOW"),
        };
        var store = new VulnIndexStore(Data);
        var chosen = all.Where(a => ecosystems.Length == 0 || ecosystems.Contains(a["affected"]![0]!["package"]!["ecosystem"]!.GetValue<string>())).ToArray();
        var zip = _temp.Write("fixtures/all.zip", Zip(chosen));
        new OsvImporter(store, _time).Import([zip]).Error.ShouldBeNull();
    }

    private void WriteTarget()
    {
        _temp.Write("target/web/package-lock.json", LockfileSamples.PackageLockV3);
        _temp.Write("target/api/requirements.txt", "Django==3.2.12\nrequests>=2\n");
        _temp.Write("target/engine/Cargo.lock", LockfileSamples.CargoLock);
        _temp.Write("target/web/node_modules/left-pad/package-lock.json", "{ \"lockfileVersion\": 3, \"packages\": { \"node_modules/qs\": { \"version\": \"6.0.0\" } } }");
        _temp.Write("target/tools/Gemfile.lock", "GEM\n  specs:\n    rack 2.2.3\n");
    }

    private async Task<StageResult> Run(string? configYaml = null, bool git = false, string? rev = null)
    {
        var config = AuditConfig.Empty;
        if (configYaml is not null)
        {
            var read = AuditConfigReader.Read(configYaml, "plumbline.yml", RecommendationCatalog.BuiltIn);
            read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
            config = read.Value;
        }

        var context = new AuditContext(Target, "target", config, _time) { IsGitRepository = git, Rev = rev };
        var stage = new VulnerabilitiesStage(name => name == "PLUMB_DATA" ? Data : null);
        return await stage.RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
    }

    private static JsonObject Metrics(StageResult result) => result.Metrics["vulnerabilities"]!.AsObject();

    private static Finding VulnerableFinding(StageResult result, string package) =>
        result.Findings.Single(f => f.Outcome == Outcome.Fail && f.CheckId == VulnerabilityChecks.FreeOfKnownVulnerabilities.Id && f.Detail.StartsWith(package + " ", StringComparison.Ordinal));

    [Fact]
    public async Task Vulnerable_packages_in_every_lockfile_become_findings_mapped_by_severity_and_upgrade_size()
    {
        WriteTarget();
        ImportFixtureDatabase();

        var result = await Run();

        var lodash = VulnerableFinding(result, "lodash");
        lodash.RecommendationId.ShouldBe("upgrade-vulnerable-dependency-urgent-patch");
        lodash.Severity.ShouldBe(Severity.Critical);
        lodash.Location.Path.ShouldBe("web/package-lock.json");
        lodash.Detail.ShouldContain("direct dependency");
        lodash.Detail.ShouldContain("GHSA-lodash-0000-0001 (CVE-2099-1001)");
        lodash.Detail.ShouldContain("Upgrade to 4.17.21 or later (patch upgrade)");
        lodash.Evidence.ShouldContain(e => e.Contains("CVSS 9.8", StringComparison.Ordinal) && e.Contains("Prototype pollution", StringComparison.Ordinal));

        var qs = VulnerableFinding(result, "qs");
        qs.RecommendationId.ShouldBe("upgrade-vulnerable-dependency-moderate-patch");
        qs.Detail.ShouldContain("transitive dependency");

        var django = VulnerableFinding(result, "Django");
        django.RecommendationId.ShouldBe("upgrade-vulnerable-dependency-urgent-major");
        django.Severity.ShouldBe(Severity.High);
        django.Location.Path.ShouldBe("api/requirements.txt");

        var smallvec = VulnerableFinding(result, "smallvec");
        smallvec.RecommendationId.ShouldBe(VulnerabilityRecommendations.Unfixed);
        smallvec.Detail.ShouldContain("No fixed version is published");

        // express 4.17.1 is above the fixed version; node_modules is never read.
        result.Findings.Count(f => f.Outcome == Outcome.Fail).ShouldBe(4);

        var gem = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id);
        gem.Outcome.ShouldBe(Outcome.Inconclusive);
        gem.Location.Path.ShouldBe("tools/Gemfile.lock");
        gem.Location.Line.ShouldBe(3);
        gem.Detail.ShouldContain("expected 'name (version)'");

        var metrics = Metrics(result);
        metrics["checked"]!.GetValue<bool>().ShouldBeTrue();
        metrics["lockfiles"]!.GetValue<int>().ShouldBe(3);
        metrics["vulnerablePackages"]!.GetValue<int>().ShouldBe(4);
        metrics["database"]!["status"]!.GetValue<string>().ShouldBe("current");
        result.Tables.ShouldHaveSingleItem().Rows.Count.ShouldBe(4);

        // Through the catalog, a critical patch-level fix is a "Do now" item.
        var items = ItemsFromFindings.Build(result.Findings, RecommendationCatalog.BuiltIn);
        var urgent = items.Single(i => i.RecommendationId == "upgrade-vulnerable-dependency-urgent-patch");
        QuadrantRules.Of(urgent.Impact, urgent.Effort).ShouldBe(Quadrant.DoNow);
    }

    [Fact]
    public async Task Without_a_database_the_report_says_plainly_that_nothing_was_checked()
    {
        WriteTarget();

        var result = await Run();

        var absent = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.DatabaseCurrent.Id);
        absent.Outcome.ShouldBe(Outcome.Inconclusive);
        absent.Detail.ShouldStartWith("Not checked for known vulnerabilities");
        absent.Detail.ShouldContain("plumb vulndb update");
        result.Findings.ShouldNotContain(f => f.Outcome == Outcome.Pass || f.Outcome == Outcome.Fail);
        Metrics(result)["checked"]!.GetValue<bool>().ShouldBeFalse();
        Metrics(result)["database"]!["status"]!.GetValue<string>().ShouldBe("absent");
    }

    [Fact]
    public async Task A_stale_database_is_reported_and_still_used()
    {
        WriteTarget();
        ImportFixtureDatabase();
        _time.Advance(TimeSpan.FromDays(10));

        var result = await Run();

        var stale = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.DatabaseCurrent.Id);
        stale.Outcome.ShouldBe(Outcome.Inconclusive);
        stale.Detail.ShouldContain("stale");
        stale.Detail.ShouldContain("10 days ago");
        stale.Detail.ShouldContain("does not mean there are no known vulnerabilities");
        result.Findings.Count(f => f.Outcome == Outcome.Fail).ShouldBe(4);
        Metrics(result)["database"]!["status"]!.GetValue<string>().ShouldBe("stale");
    }

    [Fact]
    public async Task The_staleness_limit_comes_from_the_configuration()
    {
        WriteTarget();
        ImportFixtureDatabase();
        _time.Advance(TimeSpan.FromDays(10));

        var result = await Run("vulnerabilities:\n  max-age-days: 30\n");

        result.Findings.ShouldNotContain(f => f.CheckId == VulnerabilityChecks.DatabaseCurrent.Id);
    }

    [Fact]
    public async Task An_ecosystem_missing_from_the_database_is_named()
    {
        WriteTarget();
        ImportFixtureDatabase("npm");

        var result = await Run();

        var missing = result.Findings.Where(f => f.CheckId == VulnerabilityChecks.DatabaseCurrent.Id).Select(f => f.Detail).ToList();
        missing.Count.ShouldBe(2);
        missing.ShouldContain(d => d.Contains("no PyPI advisories", StringComparison.Ordinal));
        missing.ShouldContain(d => d.Contains("no crates.io advisories", StringComparison.Ordinal));
        Metrics(result)["database"]!["status"]!.GetValue<string>().ShouldBe("partial");
        result.Findings.ShouldNotContain(f => f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task Dart_elixir_swift_r_and_conan_lockfiles_are_matched_against_their_own_ecosystems()
    {
        _temp.Write("target/app/pubspec.lock", "packages:\n  http:\n    dependency: \"direct main\"\n    description:\n      name: http\n      url: \"https://pub.dev\"\n    source: hosted\n    version: \"0.13.2\"\n");
        _temp.Write("target/api/mix.lock", "%{\n  \"plug\": {:hex, :plug, \"1.11.0\", \"0\", [:mix], [], \"hexpm\", \"0\"},\n}\n");
        _temp.Write("target/ios/Package.resolved", """{ "pins": [ { "identity": "swift-nio", "location": "https://github.com/apple/swift-nio.git", "state": { "version": "2.29.0" } } ], "version": 2 }""");
        _temp.Write("target/stats/renv.lock", """{ "Packages": { "jsonlite": { "Package": "jsonlite", "Version": "1.8.0", "Repository": "CRAN" } } }""");
        _temp.Write("target/native/conan.lock", """{ "version": "0.5", "requires": [ "zlib/1.2.11#0%1" ] }""");
        var zip = _temp.Write("fixtures/more.zip", Zip(
            Advisory("GHSA-pub0-0000-0001", "Pub", "http", fixedIn: "0.13.3", severity: "MEDIUM"),
            Advisory("GHSA-hex0-0000-0001", "Hex", "plug", fixedIn: "1.11.1", severity: "MEDIUM"),
            Advisory("GHSA-swft-0000-0001", "SwiftURL", "github.com/apple/swift-nio", fixedIn: "2.29.1", severity: "HIGH"),
            Advisory("RSEC-2099-1", "CRAN", "jsonlite", fixedIn: "1.8.1", severity: "LOW"),
            Advisory("CONAN-2099-1", "ConanCenter", "zlib", fixedIn: "1.2.12", severity: "CRITICAL")));
        new OsvImporter(new VulnIndexStore(Data), _time).Import([zip]).Error.ShouldBeNull();

        var result = await Run();

        VulnerableFinding(result, "http").Location.Path.ShouldBe("app/pubspec.lock");
        VulnerableFinding(result, "plug").Location.Path.ShouldBe("api/mix.lock");
        VulnerableFinding(result, "github.com/apple/swift-nio").Location.Path.ShouldBe("ios/Package.resolved");
        VulnerableFinding(result, "jsonlite").Location.Path.ShouldBe("stats/renv.lock");
        VulnerableFinding(result, "zlib").Location.Path.ShouldBe("native/conan.lock");
        result.Findings.ShouldNotContain(f => f.CheckId == VulnerabilityChecks.DatabaseCurrent.Id);
    }

    [Fact]
    public async Task A_maven_module_is_checked_with_its_parents_versions_and_externally_managed_ones_are_named()
    {
        _temp.Write("target/pom.xml", "<project><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0</version><properties><log4j.version>2.14.1</log4j.version></properties>" +
            "<dependencyManagement><dependencies><dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>${log4j.version}</version></dependency></dependencies></dependencyManagement></project>");
        _temp.Write("target/web/pom.xml", "<project><parent><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0</version></parent><artifactId>web</artifactId>" +
            "<dependencies><dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId></dependency>" +
            "<dependency><groupId>org.example</groupId><artifactId>unmanaged</artifactId></dependency></dependencies></project>");
        var zip = _temp.Write("fixtures/maven.zip", Zip(Advisory("GHSA-jfh8-0000-0001", "Maven", "org.apache.logging.log4j:log4j-core", introduced: "2.0", fixedIn: "2.15.0", severity: "CRITICAL")));
        new OsvImporter(new VulnIndexStore(Data), _time).Import([zip]).Error.ShouldBeNull();

        var result = await Run();

        VulnerableFinding(result, "org.apache.logging.log4j:log4j-core").Location.Path.ShouldBe("web/pom.xml");
        var notChecked = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id);
        notChecked.Location.Path.ShouldBe("web/pom.xml");
        notChecked.Detail.ShouldContain("org.example:unmanaged: no version is given and no dependencyManagement in the repository sets one");
    }

    [Fact]
    public async Task A_clean_target_with_a_current_database_passes()
    {
        _temp.Write("target/package-lock.json", """{ "lockfileVersion": 3, "packages": { "": { "dependencies": { "lodash": "^4" } }, "node_modules/lodash": { "version": "4.17.21" } } }""");
        ImportFixtureDatabase();

        var result = await Run();

        var pass = result.Findings.ShouldHaveSingleItem();
        pass.Outcome.ShouldBe(Outcome.Pass);
        pass.Detail.ShouldContain("No known vulnerabilities in the 1 package pinned in 1 lockfile,");
    }

    [Fact]
    public async Task Ignores_apply_until_they_expire_and_are_then_reported()
    {
        WriteTarget();
        ImportFixtureDatabase();
        const string config = """
            vulnerabilities:
              ignore:
                - id: CVE-2099-1001
                  package: lodash
                  reason: Only used at build time
                  expires: 2026-03-10
            """;

        var before = await Run(config);
        before.Findings.ShouldNotContain(f => f.Detail.StartsWith("lodash ", StringComparison.Ordinal));
        Metrics(before)["ignored"]!.GetValue<int>().ShouldBe(1);

        _time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 0, 0, 0, TimeSpan.Zero));
        var after = await Run(config + "\n  max-age-days: 30\n");

        var lodash = VulnerableFinding(after, "lodash");
        lodash.Evidence.ShouldContain(e => e.Contains("expired on 2026-03-10", StringComparison.Ordinal));
        var expired = after.Findings.Single(f => f.CheckId == VulnerabilityChecks.IgnoresCurrent.Id);
        expired.Outcome.ShouldBe(Outcome.Fail);
        expired.RecommendationId.ShouldBe(VulnerabilityRecommendations.ReviewExpiredIgnores);
        expired.Detail.ShouldContain("Only used at build time");
        expired.Location.Path.ShouldBe("plumbline.yml");
    }

    [Fact]
    public async Task Invalid_settings_are_reported_and_defaults_used()
    {
        WriteTarget();
        ImportFixtureDatabase();

        var result = await Run("vulnerabilities:\n  ignore:\n    - id: GHSA-x\n      expires: soon\n");

        var settings = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.SettingsValid.Id);
        settings.Outcome.ShouldBe(Outcome.Inconclusive);
        settings.Detail.ShouldContain("needs a 'reason'");
        settings.Detail.ShouldContain("plumbline.yml:4:");
        result.Findings.Count(f => f.Outcome == Outcome.Fail).ShouldBe(4);
    }

    [Fact]
    public async Task Excluded_paths_and_the_configured_data_folder_are_honoured()
    {
        WriteTarget();
        ImportFixtureDatabase();
        var relativeData = Path.GetRelativePath(Target, Data);

        var result = await Run($"exclude:\n  - api/**\n  - engine\nvulnerabilities:\n  data: {relativeData}\n");

        result.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Location.Path).Distinct().ShouldBe(["web/package-lock.json"]);
        Metrics(result)["database"]!["folder"]!.GetValue<string>().ShouldBe(Data);
    }

    [Fact]
    public async Task In_a_repository_only_tracked_lockfiles_are_read()
    {
        _temp.Write("target/package-lock.json", LockfileSamples.PackageLockV3);
        Repository.Init(Target);
        using (var repo = new Repository(Target))
        {
            Commands.Stage(repo, "package-lock.json");
            var who = new Signature("Fixture", "fixture@example.invalid", Imported);
            repo.Commit("Add lockfile", who, who);
        }

        _temp.Write("target/api/requirements.txt", "Django==3.2.12\n");
        ImportFixtureDatabase();

        var result = await Run(git: true);

        result.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Location.Path).Distinct().ShouldBe(["package-lock.json"]);
        Metrics(result)["lockfiles"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_clone_whose_checkout_failed_is_read_from_its_commit_and_a_missing_blob_is_named()
    {
        _temp.Write("target/package-lock.json", LockfileSamples.PackageLockV3);
        _temp.Write("target/api/requirements.txt", "Django==3.2.12\n");
        Repository.Init(Target);
        string missingBlob;
        using (var repo = new Repository(Target))
        {
            Commands.Stage(repo, "*");
            var who = new Signature("Fixture", "fixture@example.invalid", Imported);
            var commit = repo.Commit("Add lockfiles", who, who);
            missingBlob = commit["api/requirements.txt"].Target.Sha;
        }

        // As a fetched snapshot without its largest blobs leaves it: no index, no files on disk, one object gone.
        File.Delete(Path.Combine(Target, ".git", "index"));
        File.Delete(Path.Combine(Target, "package-lock.json"));
        Directory.Delete(Path.Combine(Target, "api"), recursive: true);
        File.Delete(Path.Combine(Target, ".git", "objects", missingBlob[..2], missingBlob[2..]));
        ImportFixtureDatabase();

        var result = await Run(git: true);

        VulnerableFinding(result, "lodash").Location.Path.ShouldBe("package-lock.json");
        var missing = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id);
        missing.Outcome.ShouldBe(Outcome.Inconclusive);
        missing.Detail.ShouldContain("api/requirements.txt was not read (its content is missing");
    }

    [Fact]
    public async Task At_a_given_revision_lockfiles_are_read_from_that_commit()
    {
        Repository.Init(Target);
        string first;
        using (var repo = new Repository(Target))
        {
            var who = new Signature("Fixture", "fixture@example.invalid", Imported);
            _temp.Write("target/api/requirements.txt", "Django==3.2.12\n");
            Commands.Stage(repo, "api/requirements.txt");
            first = repo.Commit("Vulnerable Django", who, who).Sha;
            _temp.Write("target/api/requirements.txt", "Django==4.2.0\n");
            Commands.Stage(repo, "api/requirements.txt");
            repo.Commit("Upgrade Django", who, who);
        }

        ImportFixtureDatabase();

        (await Run(git: true)).Findings.ShouldNotContain(f => f.Outcome == Outcome.Fail);
        VulnerableFinding(await Run(git: true, rev: first), "Django").Location.Path.ShouldBe("api/requirements.txt");
    }

    [Fact]
    public async Task Npm_shrinkwrap_wins_over_a_package_lock_beside_it()
    {
        _temp.Write("target/package-lock.json", LockfileSamples.PackageLockV3);
        _temp.Write("target/npm-shrinkwrap.json", """{ "lockfileVersion": 3, "packages": { "": { "dependencies": { "qs": "^6" } }, "node_modules/qs": { "version": "6.5.0" } } }""");
        ImportFixtureDatabase("npm");

        var result = await Run();

        VulnerableFinding(result, "qs").Location.Path.ShouldBe("npm-shrinkwrap.json");
        result.Findings.Where(f => f.Outcome == Outcome.Fail).ShouldHaveSingleItem();
        Metrics(result)["lockfiles"]!.GetValue<int>().ShouldBe(1);
    }

    [Repo.LinuxFileFact]
    public async Task A_named_pipe_called_package_lock_json_is_read_as_empty_instead_of_waited_on()
    {
        _temp.Write("target/api/requirements.txt", "Django==3.2.12\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(Target, "package-lock.json"))!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        ImportFixtureDatabase();

        var result = await Run();

        VulnerableFinding(result, "Django").Location.Path.ShouldBe("api/requirements.txt");
        result.Findings.Single(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id).Location.Path.ShouldBe("package-lock.json");
    }

    [Fact]
    public async Task A_target_without_lockfiles_is_not_applicable()
    {
        _temp.Write("target/README.md", "# nothing here\n");

        var result = await Run();

        result.Findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public async Task Lockfiles_that_pin_nothing_are_not_applicable_rather_than_clean()
    {
        _temp.Write("target/requirements.txt", "django>=3\nrequests\n");
        ImportFixtureDatabase();

        var result = await Run();

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.NotApplicable);
        finding.Detail.ShouldContain("pin no published package versions");
    }

    [Fact]
    public async Task A_skipped_lockfile_line_is_named_and_the_rest_of_the_file_is_still_checked()
    {
        ImportFixtureDatabase("npm");
        _temp.Write("target/web/package-lock.json", LockfileSamples.PackageLockV3);
        _temp.Write("target/app/gradle.lockfile", "com.example:lib:1.0.0=runtimeClasspath\ncom.example:broken=runtimeClasspath\n");

        var result = await Run();

        VulnerableFinding(result, "lodash").Outcome.ShouldBe(Outcome.Fail);
        var skipped = result.Findings.Single(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id);
        skipped.Outcome.ShouldBe(Outcome.Inconclusive);
        skipped.Location.Path.ShouldBe("app/gradle.lockfile");
        skipped.Location.Line.ShouldBe(2);
        skipped.Detail.ShouldContain("1 line(s) of app/gradle.lockfile");
        skipped.Detail.ShouldContain("the other 1 package(s) were");
    }

    [Fact]
    public async Task Before_go_1_17_the_modules_go_mod_leaves_out_are_read_from_go_sum_as_transitive()
    {
        var zip = _temp.Write("fixtures/go.zip", Zip(
            Advisory("GO-2099-0001", "Go", "golang.org/x/text", fixedIn: "0.3.8", severity: "HIGH"),
            Advisory("GO-2099-0002", "Go", "github.com/gin-gonic/gin", fixedIn: "1.9.1", severity: "HIGH")));
        new OsvImporter(new VulnIndexStore(Data), _time).Import([zip]).Error.ShouldBeNull();
        _temp.Write("target/go.mod", "module example.com/shop\n\ngo 1.16\n\nrequire github.com/gin-gonic/gin v1.9.0\n");
        _temp.Write("target/go.sum", string.Join('\n',
            "github.com/gin-gonic/gin v1.9.0 h1:fixture=",
            "github.com/gin-gonic/gin v1.9.0/go.mod h1:fixture=",
            "golang.org/x/text v0.3.7 h1:fixture=",
            "golang.org/x/text v0.3.7/go.mod h1:fixture=") + "\n");

        var result = await Run();

        var gin = VulnerableFinding(result, "github.com/gin-gonic/gin");
        gin.Location.Path.ShouldBe("go.mod");
        var text = VulnerableFinding(result, "golang.org/x/text");
        text.Location.Path.ShouldBe("go.sum");
        text.Detail.ShouldContain("transitive dependency");
        result.Findings.Count(f => f.Outcome == Outcome.Fail).ShouldBe(2);
    }

    [Fact]
    public async Task From_go_1_17_go_sum_is_not_read_beside_go_mod()
    {
        var zip = _temp.Write("fixtures/go.zip", Zip(Advisory("GO-2099-0001", "Go", "golang.org/x/text", fixedIn: "0.3.8", severity: "HIGH")));
        new OsvImporter(new VulnIndexStore(Data), _time).Import([zip]).Error.ShouldBeNull();
        _temp.Write("target/go.mod", "module example.com/shop\n\ngo 1.21\n\nrequire golang.org/x/text v0.3.8 // indirect\n");
        _temp.Write("target/go.sum", "golang.org/x/text v0.3.7 h1:fixture=\ngolang.org/x/text v0.3.8 h1:fixture=\n");

        var result = await Run();

        result.Findings.ShouldNotContain(f => f.Outcome == Outcome.Fail);
    }

    [Fact]
    public async Task An_unknown_revision_is_inconclusive_not_a_crash()
    {
        _temp.Write("target/README.md", "x\n");
        Repository.Init(Target);

        var result = await Run(git: true, rev: "no-such-branch");

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldContain("no-such-branch");
    }

    [Fact]
    public void The_stage_is_registered_as_a_built_in_audit_stage()
    {
        BuiltInStages.All().ShouldContain(s => s.Name == "vulnerabilities");
    }
}
