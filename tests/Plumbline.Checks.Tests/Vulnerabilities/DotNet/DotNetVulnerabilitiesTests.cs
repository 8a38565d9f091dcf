using LibGit2Sharp;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Core.Findings;
using static Plumbline.Checks.Tests.Vulnerabilities.OsvFixtures;

namespace Plumbline.Checks.Tests.Vulnerabilities.DotNet;

/// <summary>A C# shop's own projects, audited end to end against imported fixture NuGet advisories.</summary>
public sealed class DotNetVulnerabilitiesTests : IDisposable
{
    private static readonly DateTimeOffset Imported = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(Imported);

    private string Target => Path.Combine(_temp.Path, "target");

    public void Dispose() => _temp.Dispose();

    private const string CentralProps = """
        <Project>
          <PropertyGroup>
            <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
            <SerilogVersion>2.10.0</SerilogVersion>
          </PropertyGroup>
          <ItemGroup>
            <PackageVersion Include="YamlDotNet" Version="16.3.0" />
            <PackageVersion Include="Serilog" Version="$(SerilogVersion)" />
            <PackageVersion Include="Newtonsoft.Json" Version="13.0.1" />
            <PackageVersion Include="Unused.Package" Version="1.0.0" />
          </ItemGroup>
        </Project>
        """;

    private void ImportFixtureDatabase()
    {
        var zip = _temp.Write("fixtures/all.zip", Zip(
            Advisory("GHSA-yaml-0000-0001", "NuGet", "YamlDotNet", introduced: "0", fixedIn: "16.3.1", aliases: ["CVE-2099-3001"], cvss: CriticalVector, summary: "Fixture: code execution while deserialising YAML"),
            Advisory("GHSA-seri-0000-0001", "NuGet", "Serilog", introduced: "2.0.0", fixedIn: "2.12.0", severity: "MODERATE"),
            Advisory("GHSA-newt-0000-0001", "NuGet", "Newtonsoft.Json", introduced: "0", fixedIn: "13.0.1", severity: "HIGH"),
            Advisory("GHSA-unus-0000-0001", "NuGet", "Unused.Package", introduced: "0", fixedIn: "2.0.0", severity: "HIGH"),
            Advisory("GHSA-text-0000-0001", "NuGet", "System.Text.Encodings.Web", introduced: "4.0.0", fixedIn: "4.5.1", severity: "CRITICAL")));
        new OsvImporter(new VulnIndexStore(Path.Combine(_temp.Path, "data")), _time).Import([zip]).Error.ShouldBeNull();
    }

    private async Task<StageResult> Run(bool git = false)
    {
        var context = new AuditContext(Target, "target", AuditConfig.Empty, _time) { IsGitRepository = git };
        var stage = new VulnerabilitiesStage(name => name == "PLUMB_DATA" ? Path.Combine(_temp.Path, "data") : null);
        return await stage.RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
    }

    private static List<Finding> Vulnerable(StageResult result) =>
        [.. result.Findings.Where(f => f.Outcome == Outcome.Fail && f.CheckId == VulnerabilityChecks.FreeOfKnownVulnerabilities.Id)];

    [Fact]
    public async Task A_centrally_pinned_package_is_reported_once_against_Directory_Packages_props()
    {
        _temp.Write("target/Directory.Packages.props", CentralProps);
        _temp.Write("target/src/Shop.Api/Shop.Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <PackageReference Include="YamlDotNet" />
                <PackageReference Include="Serilog" />
              </ItemGroup>
            </Project>
            """);
        _temp.Write("target/src/Shop.Worker/Shop.Worker.fsproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="YamlDotNet" />
                <PackageReference Include="Newtonsoft.Json" VersionOverride="12.0.3" />
              </ItemGroup>
            </Project>
            """);
        ImportFixtureDatabase();

        var result = await Run();

        var findings = Vulnerable(result);
        findings.Select(f => $"{f.Detail.Split(' ')[0]} @ {f.Location.Path}").ShouldBe(
            ["Newtonsoft.Json @ src/Shop.Worker/Shop.Worker.fsproj", "Serilog @ Directory.Packages.props", "YamlDotNet @ Directory.Packages.props"], ignoreOrder: true);
        var yaml = findings.Single(f => f.Detail.StartsWith("YamlDotNet 16.3.0 (NuGet direct dependency)", StringComparison.Ordinal));
        yaml.Detail.ShouldContain("GHSA-yaml-0000-0001 (CVE-2099-3001)");
        yaml.Detail.ShouldContain("Upgrade to 16.3.1 or later (patch upgrade)");
        yaml.Severity.ShouldBe(Severity.Critical);

        // Unused.Package is pinned centrally but no project references it, so nothing uses it.
        result.Findings.ShouldNotContain(f => f.Detail.Contains("Unused.Package", StringComparison.Ordinal));
        result.Findings.ShouldNotContain(f => f.Outcome == Outcome.NotApplicable || f.Outcome == Outcome.Inconclusive);
        result.Metrics["vulnerabilities"]!["direct"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task Floating_and_open_versions_are_named_as_unchecked_rather_than_guessed()
    {
        _temp.Write("target/App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><JsonVersion>[12.0.1,14)</JsonVersion></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="$(JsonVersion)" />
                <PackageReference Include="Serilog" Version="2.*" />
                <PackageReference Include="YamlDotNet" Version="(16.0,17.0)" />
                <PackageReference Include="Dapper" Version="$(DapperVersion)" />
              </ItemGroup>
            </Project>
            """);
        ImportFixtureDatabase();

        var result = await Run();

        // [12.0.1,14) restores 12.0.1, the lowest version it allows.
        Vulnerable(result).ShouldHaveSingleItem().Detail.ShouldStartWith("Newtonsoft.Json 12.0.1 (NuGet direct dependency)");
        var notChecked = result.Findings.Single(f => f.Outcome == Outcome.Inconclusive);
        notChecked.CheckId.ShouldBe(VulnerabilityChecks.LockfilesReadable.Id);
        notChecked.Location.Path.ShouldBe("App/App.csproj");
        notChecked.Detail.ShouldStartWith("3 package reference(s) in App/App.csproj name no single version");
        notChecked.Evidence.ShouldBe(
        [
            "Serilog: the floating version 2.* restores the newest matching version at the time of each restore",
            "YamlDotNet: the range (16.0,17.0) excludes its lower bound, so the version restored is the next one the feed publishes above 16.0",
            "Dapper: the version $(DapperVersion) uses an MSBuild property that is not defined in the project or its Directory.*.props files",
        ]);
    }

    [Fact]
    public async Task Restore_output_beside_a_tracked_project_gives_the_transitive_packages()
    {
        _temp.Write("target/App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageReference Include="Microsoft.AspNetCore.App.Extras" Version="2.1.0" /></ItemGroup>
            </Project>
            """);
        _temp.Write("target/.gitignore", "obj/\nbin/\n");
        Repository.Init(Target);
        using (var repo = new Repository(Target))
        {
            Commands.Stage(repo, "*");
            var who = new Signature("Fixture", "fixture@example.invalid", Imported);
            repo.Commit("Add project", who, who);
        }

        _temp.Write("target/App/obj/project.assets.json", """
            {
              "version": 3,
              "targets": { "net8.0": {
                "Microsoft.AspNetCore.App.Extras/2.1.0": { "type": "package", "dependencies": { "System.Text.Encodings.Web": "4.5.0" } },
                "System.Text.Encodings.Web/4.5.0": { "type": "package" } } },
              "project": { "frameworks": { "net8.0": { "dependencies": { "Microsoft.AspNetCore.App.Extras": { "target": "Package", "version": "[2.1.0, )" } } } } }
            }
            """);
        _temp.Write("target/App/bin/Debug/net8.0/App.deps.json", """{ "libraries": { "System.Text.Encodings.Web/4.0.0": { "type": "package" } } }""");
        ImportFixtureDatabase();

        var result = await Run(git: true);

        var finding = Vulnerable(result).ShouldHaveSingleItem();
        finding.Detail.ShouldStartWith("System.Text.Encodings.Web 4.5.0 (NuGet transitive dependency)");
        finding.Detail.ShouldContain("through the package that pulls it in or an override");
        finding.Location.Path.ShouldBe("App/obj/project.assets.json");
        result.Metrics["vulnerabilities"]!["lockfiles"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_committed_packages_lock_json_is_read_instead_of_the_project_it_locks()
    {
        _temp.Write("target/App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageReference Include="YamlDotNet" Version="16.0.0" /></ItemGroup>
            </Project>
            """);
        _temp.Write("target/App/packages.lock.json", """
            { "version": 1, "dependencies": { "net8.0": {
              "YamlDotNet": { "type": "Direct", "requested": "[16.0.0, )", "resolved": "16.3.0" } } } }
            """);
        _temp.Write("target/App/obj/project.assets.json", """{ "version": 3, "targets": { "net8.0": { "YamlDotNet/15.0.0": { "type": "package" } } } }""");
        ImportFixtureDatabase();

        var result = await Run();

        var finding = Vulnerable(result).ShouldHaveSingleItem();
        finding.Detail.ShouldStartWith("YamlDotNet 16.3.0 (NuGet direct dependency)");
        finding.Location.Path.ShouldBe("App/packages.lock.json");
    }

    [Fact]
    public async Task A_dot_NET_Framework_project_is_read_from_packages_config_and_a_malformed_project_is_named()
    {
        _temp.Write("target/Legacy/packages.config", """<packages><package id="Newtonsoft.Json" version="9.0.1" targetFramework="net461" /></packages>""");
        _temp.Write("target/Broken/Broken.csproj", "<Project><ItemGroup>");
        ImportFixtureDatabase();

        var result = await Run();

        Vulnerable(result).ShouldHaveSingleItem().Location.Path.ShouldBe("Legacy/packages.config");
        var broken = result.Findings.Single(f => f.Outcome == Outcome.Inconclusive);
        broken.Location.Path.ShouldBe("Broken/Broken.csproj");
        broken.Detail.ShouldStartWith("Broken/Broken.csproj could not be read as an MSBuild file");
    }

    [Fact]
    public async Task A_project_without_package_references_is_not_mistaken_for_a_missing_lockfile()
    {
        _temp.Write("target/Tool/Tool.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");

        var result = await Run();

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.NotApplicable);
        finding.Detail.ShouldStartWith("No lockfile and no .NET project file pinning package versions was found");
    }
}
