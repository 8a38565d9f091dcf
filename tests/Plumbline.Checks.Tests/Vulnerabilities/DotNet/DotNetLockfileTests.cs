using Plumbline.Checks.Vulnerabilities.Lockfiles;

namespace Plumbline.Checks.Tests.Vulnerabilities.DotNet;

/// <summary>The .NET files that list resolved packages, with the shapes of osv-scalibr's dotnet fixtures restated as our own.</summary>
public sealed class DotNetLockfileTests
{
    private static IReadOnlyList<ResolvedPackage> Parse(string fileName, string text)
    {
        var parser = LockfileParsers.For(fileName).ShouldNotBeNull($"{fileName} should have a parser");
        var result = parser.Parse(text, fileName);
        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.ShouldAllBe(p => p.Ecosystem == "NuGet");
        return result.Value;
    }

    private static string Fail(string fileName, string text)
    {
        var result = LockfileParsers.For(fileName).ShouldNotBeNull().Parse(text, fileName);
        result.Success.ShouldBeFalse();
        return result.Errors[0].ToString();
    }

    [Fact]
    public void Packages_config_lists_every_package_with_its_exact_version()
    {
        var packages = Parse("packages.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <packages>
              <package id="Newtonsoft.Json" version="9.0.1" targetFramework="net461" />
              <package id="log4net" version="2.0.8" targetFramework="net461" allowedVersions="[2,3)" />
              <package id="xunit" version="2.4.01" developmentDependency="true" />
            </packages>
            """);

        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["log4net@2.0.8", "Newtonsoft.Json@9.0.1", "xunit@2.4.1"], ignoreOrder: true);
        packages.ShouldAllBe(p => p.Direct == null);
    }

    [Fact]
    public void Packages_config_without_a_version_names_the_line()
    {
        Fail("packages.config", "<packages>\n  <package id=\"NUnit\" />\n</packages>").ShouldBe("packages.config:2: a <package> needs an 'id' and a NuGet 'version'");
        Fail("packages.config", "<packages><package").ShouldStartWith("packages.config: invalid XML at line 1");
    }

    [Fact]
    public void Paket_lock_reads_the_NuGet_sections_of_every_group_and_skips_GitHub_files()
    {
        var packages = Parse("paket.lock", """
            NUGET
              remote: https://api.nuget.org/v3/index.json
                FSharp.Core (4.5.0)
                Microsoft.Extensions.Logging (6.0.0)
                  Microsoft.Extensions.Logging.Abstractions (>= 6.0.0)
                Microsoft.Extensions.Logging.Abstractions (6.0.0)
                NUnit (2.6.4) - restriction: >= net45
            GITHUB
              remote: fsprojects/Paket
                src/Paket.Core/Files.fs (5.0.0)

            GROUP Build
            RESTRICTION: == netstandard2.0
            NUGET
              remote: https://api.nuget.org/v3/index.json
                FAKE (5.20.4)
            """);

        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(
            ["FAKE@5.20.4", "FSharp.Core@4.5.0", "Microsoft.Extensions.Logging@6.0.0", "Microsoft.Extensions.Logging.Abstractions@6.0.0", "NUnit@2.6.4"], ignoreOrder: true);
    }

    [Fact]
    public void Paket_lock_with_a_broken_entry_names_the_line()
    {
        Fail("paket.lock", "NUGET\n  remote: https://api.nuget.org/v3/index.json\n    FSharp.Core 4.5.0\n").ShouldBe("paket.lock:3: expected 'Name (version)', found 'FSharp.Core 4.5.0'");
    }

    [Fact]
    public void Project_assets_lists_restored_packages_with_the_projects_own_requests_as_direct()
    {
        var packages = Parse("project.assets.json", """
            {
              "version": 3,
              "targets": {
                "net8.0": {
                  "YamlDotNet/16.3.0": { "type": "package" },
                  "Serilog.Sinks.File/5.0.0": { "type": "package", "dependencies": { "Serilog": "2.10.0" } },
                  "Serilog/2.10.0": { "type": "package" },
                  "Shop.Core/1.0.0": { "type": "project" }
                },
                "net472": {
                  "System.Memory/4.5.4": { "type": "package" }
                }
              },
              "libraries": {},
              "project": {
                "frameworks": {
                  "net8.0": { "dependencies": { "YamlDotNet": { "target": "Package", "version": "[16.3.0, )" }, "Serilog.Sinks.File": { "target": "Package", "version": "[5.0.0, )" } } },
                  "net472": { "dependencies": { "System.Memory": { "target": "Package", "version": "[4.5.4, )" } } }
                }
              }
            }
            """);

        packages.Select(p => $"{p.Name}@{p.Version}:{p.Direct}").ShouldBe(
            ["Serilog@2.10.0:False", "Serilog.Sinks.File@5.0.0:True", "System.Memory@4.5.4:True", "YamlDotNet@16.3.0:True"], ignoreOrder: true);
    }

    [Fact]
    public void Deps_json_lists_runtime_packages_with_the_applications_dependencies_as_direct()
    {
        var packages = Parse("TestLibrary.deps.json", """
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v6.0", "signature": "" },
              "targets": {
                ".NETCoreApp,Version=v6.0": {
                  "TestLibrary/1.0.0": { "dependencies": { "Microsoft.Extensions.DependencyInjection": "6.0.0", "TestCommon": "1.0.0" } },
                  "AWSSDK.Core/3.7.10.6": {},
                  "Microsoft.Extensions.DependencyInjection/6.0.0": { "dependencies": { "AWSSDK.Core": "3.7.10.6" } },
                  "TestCommon/1.0.0": {}
                }
              },
              "libraries": {
                "TestLibrary/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
                "AWSSDK.Core/3.7.10.6": { "type": "package", "serviceable": true },
                "Microsoft.Extensions.DependencyInjection/6.0.0": { "type": "package", "serviceable": true },
                "TestCommon/1.0.0": { "type": "project" },
                "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/6.0.0": { "type": "runtimepack" }
              }
            }
            """);

        packages.Select(p => $"{p.Name}@{p.Version}:{p.Direct}").ShouldBe(
            ["AWSSDK.Core@3.7.10.6:False", "Microsoft.Extensions.DependencyInjection@6.0.0:True"], ignoreOrder: true);
    }

    [Fact]
    public void Json_that_is_not_restore_output_is_named_as_such()
    {
        Fail("project.assets.json", "{ \"version\": 3 }").ShouldContain("no 'targets' object");
        Fail("App.deps.json", "{ \"targets\": {} }").ShouldContain("no 'libraries' object");
        LockfileParsers.For(".deps.json").ShouldBeNull();
    }
}
