using Plumbline.Checks.Vulnerabilities.Lockfiles;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class LockfileParserTests
{
    private static IReadOnlyList<ResolvedPackage> Parse(string fileName, string text)
    {
        var parser = LockfileParsers.For(fileName);
        parser.ShouldNotBeNull($"{fileName} should have a parser");
        var result = parser.Parse(text, fileName);
        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    private static ResolvedPackage One(IReadOnlyList<ResolvedPackage> packages, string name) =>
        packages.Single(p => p.Name == name);

    [Fact]
    public void Npm_lockfile_v3_lists_installed_packages_with_direct_ones_marked()
    {
        var packages = Parse("package-lock.json", LockfileSamples.PackageLockV3);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["@babel/core@7.22.5", "debug@2.6.9", "express@4.17.1", "jest@29.7.0", "lodash@4.17.20", "qs@6.7.0"]);
        One(packages, "lodash").Direct.ShouldBe(true);
        One(packages, "jest").Direct.ShouldBe(true);
        One(packages, "qs").Direct.ShouldBe(false);
        One(packages, "debug").Direct.ShouldBe(false);
        packages.ShouldAllBe(p => p.Ecosystem == "npm");
    }

    [Fact]
    public void Npm_lockfile_v1_reads_nested_dependencies_and_skips_local_ones()
    {
        var packages = Parse("npm-shrinkwrap.json", LockfileSamples.PackageLockV1);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["lodash@4.17.15", "qs@6.5.2", "request@2.88.0"]);
        One(packages, "qs").Direct.ShouldBe(false);
        One(packages, "lodash").Direct.ShouldBeNull();
    }

    [Fact]
    public void Yarn_classic_lockfile_reads_scoped_and_aliased_packages()
    {
        var packages = Parse("yarn.lock", LockfileSamples.YarnV1);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["@babel/code-frame@7.12.13", "lodash@4.17.20", "string-width@4.2.3"]);
    }

    [Fact]
    public void Yarn_berry_lockfile_knows_the_workspace_dependencies()
    {
        var packages = Parse("yarn.lock", LockfileSamples.YarnBerry);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["lodash@4.17.20", "minimist@1.2.5"]);
        One(packages, "lodash").Direct.ShouldBe(true);
        One(packages, "minimist").Direct.ShouldBe(false);
    }

    [Fact]
    public void Pnpm_lockfile_v9_reads_packages_and_importers()
    {
        var packages = Parse("pnpm-lock.yaml", LockfileSamples.PnpmV9);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["@types/node@20.11.5", "lodash@4.17.20", "react-dom@18.2.0"]);
        One(packages, "lodash").Direct.ShouldBe(true);
        One(packages, "react-dom").Direct.ShouldBe(false);
    }

    [Fact]
    public void Pnpm_lockfile_v5_reads_slash_separated_keys_with_peer_suffixes()
    {
        var packages = Parse("pnpm-lock.yaml", LockfileSamples.PnpmV5);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["@babel/core@7.20.0", "lodash@4.17.20"]);
        One(packages, "lodash").Direct.ShouldBe(true);
    }

    [Fact]
    public void NuGet_lockfile_marks_direct_and_transitive_and_skips_projects()
    {
        var packages = Parse("packages.lock.json", LockfileSamples.NuGetLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["Newtonsoft.Json@12.0.1", "System.Text.Encodings.Web@4.7.1"]);
        One(packages, "Newtonsoft.Json").Direct.ShouldBe(true);
        One(packages, "System.Text.Encodings.Web").Direct.ShouldBe(false);
    }

    [Fact]
    public void Poetry_lockfile_reads_package_tables_and_ignores_sub_tables()
    {
        var packages = Parse("poetry.lock", LockfileSamples.PoetryLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["django@3.2.12", "pytz@2023.3"]);
        packages.ShouldAllBe(p => p.Direct == null && p.Ecosystem == "PyPI");
    }

    [Fact]
    public void Uv_lockfile_marks_what_the_project_depends_on_as_direct()
    {
        var packages = Parse("uv.lock", LockfileSamples.UvLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["requests@2.31.0", "urllib3@2.0.6"]);
        One(packages, "requests").Direct.ShouldBe(true);
        One(packages, "urllib3").Direct.ShouldBe(false);
    }

    [Fact]
    public void Pipfile_lock_reads_default_and_develop_pins()
    {
        var packages = Parse("Pipfile.lock", LockfileSamples.PipfileLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["flask@2.2.2", "pytest@7.4.0", "werkzeug@2.2.2"]);
    }

    [Fact]
    public void Compiled_requirements_read_pins_and_tell_direct_from_transitive()
    {
        var packages = Parse("requirements.txt", LockfileSamples.RequirementsCompiled);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["certifi@2023.7.22", "django@4.2.1", "requests@2.31.0"]);
        One(packages, "certifi").Direct.ShouldBe(false);
        One(packages, "django").Direct.ShouldBe(true);
        One(packages, "requests").Direct.ShouldBe(true);
    }

    [Fact]
    public void Hand_written_requirements_read_only_exact_pins()
    {
        var packages = Parse("requirements-dev.txt", "flask==2.0.1\nrequests>=2\n# tools\nblack == 23.1.0  # formatter\n-r base.txt\n");
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["black@23.1.0", "flask@2.0.1"]);
        packages.ShouldAllBe(p => p.Direct == null);
    }

    [Fact]
    public void A_pin_followed_by_per_requirement_options_is_read()
    {
        var packages = Parse("requirements.txt", "numpy==1.26.4 -C setup-args=-Dblas=openblas\nflask==2.0.1 --hash=sha256:abc\nsix==1.16.0 --config-settings key=value\n");
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["flask@2.0.1", "numpy@1.26.4", "six@1.16.0"]);
    }

    [Fact]
    public void Go_mod_applies_replacements_and_marks_indirect_modules()
    {
        var packages = Parse("go.mod", LockfileSamples.GoMod);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(
            ["github.com/gin-gonic/gin@v1.9.0", "github.com/someone/forked@v1.0.1", "golang.org/x/net@v0.7.0", "gopkg.in/yaml.v3@v3.0.0-20200313102051-9f266ea9e77c", "stdlib@1.21.0"]);
        One(packages, "github.com/gin-gonic/gin").Direct.ShouldBe(true);
        One(packages, "golang.org/x/net").Direct.ShouldBe(false);
    }

    [Theory]
    [InlineData("go1.22.3", "1.21", "1.22.3")]
    [InlineData(null, "1.21", "1.21.0")]
    [InlineData(null, "1.20.5", "1.20.5")]
    [InlineData(null, "1.22rc1", null)]
    [InlineData(null, null, null)]
    public void Go_standard_library_takes_the_toolchain_version_else_the_go_line(string? toolchain, string? goLine, string? expected)
    {
        GoModParser.StandardLibrary(toolchain, goLine).ShouldBe(expected);
    }

    [Fact]
    public void Go_mod_without_requirements_still_lists_the_standard_library_at_its_toolchain()
    {
        var packages = Parse("go.mod", "module example.com/app\n\ngo 1.20\n\ntoolchain go1.20.3\n");
        var stdlib = packages.ShouldHaveSingleItem();
        stdlib.Name.ShouldBe("stdlib");
        stdlib.Version.ShouldBe("1.20.3");
    }

    [Fact]
    public void Go_sum_takes_the_newest_version_with_a_module_hash()
    {
        var packages = Parse("go.sum", LockfileSamples.GoSum);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["github.com/gin-gonic/gin@v1.9.0"]);
    }

    [Fact]
    public void Cargo_lock_reads_registry_crates_and_the_workspace_dependencies()
    {
        var packages = Parse("Cargo.lock", LockfileSamples.CargoLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["libc@0.2.150", "smallvec@1.6.0", "time@0.1.43"]);
        One(packages, "smallvec").Direct.ShouldBe(true);
        One(packages, "time").Direct.ShouldBe(true);
        One(packages, "libc").Direct.ShouldBe(false);
    }

    [Fact]
    public void Gemfile_lock_reads_rubygems_specs_without_platform_suffixes()
    {
        var packages = Parse("Gemfile.lock", LockfileSamples.GemfileLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["actionpack@6.1.4", "nokogiri@1.13.3", "racc@1.6.0", "rack@2.2.3"]);
        One(packages, "nokogiri").Direct.ShouldBe(true);
        One(packages, "rack").Direct.ShouldBe(false);
    }

    [Fact]
    public void Composer_lock_reads_packages_and_dev_packages_but_not_branches()
    {
        var packages = Parse("composer.lock", LockfileSamples.ComposerLock);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["guzzlehttp/guzzle@7.4.1", "phpunit/phpunit@9.5.10", "symfony/http-kernel@5.4.0"]);
    }

    [Fact]
    public void Gradle_lockfile_reads_maven_coordinates()
    {
        var packages = Parse("gradle.lockfile", LockfileSamples.GradleLockfile);
        packages.Select(p => $"{p.Name}@{p.Version}").ShouldBe(["com.fasterxml.jackson.core:jackson-databind@2.13.2", "org.apache.logging.log4j:log4j-core@2.14.1"]);
        packages.ShouldAllBe(p => p.Ecosystem == "Maven");
    }

    [Theory]
    [InlineData("package-lock.json", "{ \"packages\": { ", "not valid JSON")]
    [InlineData("package-lock.json", "{ \"name\": \"x\" }", "neither 'packages'")]
    [InlineData("yarn.lock", "lodash@^4.17.20:\n  resolved \"x\"\n", "has no version")]
    [InlineData("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  lodash@4.17.20: [\n", "YAML syntax error")]
    [InlineData("packages.lock.json", "{ \"version\": 1 }", "no 'dependencies'")]
    [InlineData("poetry.lock", "[[package]]\nname = \"django\nversion = \"1\"\n", "Invalid newline in a string")]
    [InlineData("Cargo.lock", "[[package]]\nthis is not toml\n", "Expected `=` after key")]
    [InlineData("Gemfile.lock", "GEM\n  specs:\n    rack 2.2.3\n", "expected 'name (version)'")]
    [InlineData("go.mod", "module x\nrequire (\n\tgithub.com/a/b v1.0.0\n", "never closed")]
    [InlineData("go.sum", "github.com/a/b v1.0.0\n", "expected 'module version hash'")]
    [InlineData("composer.lock", "[]", "no 'packages'")]
    [InlineData("gradle.lockfile", "com.example:broken=runtimeClasspath\n", "group:artifact:version")]
    [InlineData("Pipfile.lock", "{}", "no 'default'")]
    public void Malformed_lockfiles_fail_with_a_message_naming_the_problem(string fileName, string text, string expected)
    {
        var result = LockfileParsers.For(fileName)!.Parse(text, "sub/" + fileName);
        result.Success.ShouldBeFalse();
        result.Errors[0].Source.ShouldBe("sub/" + fileName);
        result.Errors[0].Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("requirements.txt", true)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("dev-requirements.txt", true)]
    [InlineData("README.txt", false)]
    [InlineData("package.json", false)]
    public void Lockfiles_are_recognised_by_name(string fileName, bool expected)
    {
        (LockfileParsers.For(fileName) is not null).ShouldBe(expected);
    }
}
