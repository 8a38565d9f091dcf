using Plumbline.Checks.Dependencies;
using Plumbline.Checks.Tests.Repo;

namespace Plumbline.Checks.Tests.Dependencies;

public sealed class ManifestsTests
{
    private static IReadOnlyList<Manifest> Read(params (string Path, string Content)[] files)
    {
        using var repo = Fixture.Repo(files.ToDictionary(f => f.Path, f => f.Content));
        return Manifests.Read(Fixture.Snapshot(repo.Path));
    }

    [Fact]
    public void Npm_counts_runtime_and_development_dependencies_and_finds_a_workspace_lockfile_above()
    {
        var m = Read(("pnpm-lock.yaml", "lockfileVersion: 9\n"), ("apps/web/package.json", """{ "dependencies": { "react": "18.3.1", "next": "latest" }, "devDependencies": { "jest": "^29" } }""")).Single();

        m.Ecosystem.ShouldBe(Ecosystem.Npm);
        m.Dependencies.Count(d => !d.Development).ShouldBe(2);
        m.Dependencies.Count(d => d.Development).ShouldBe(1);
        m.Lockfile.ShouldBe("pnpm-lock.yaml");
        m.Unpinned.Select(d => d.Name).ShouldBe(["next"]);
    }

    [Fact]
    public void NuGet_reads_package_references_with_central_versions_and_flags_floating_ones()
    {
        var manifests = Read(
            ("Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"Serilog\" Version=\"4.0.0\" /></ItemGroup></Project>"),
            ("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Serilog\" /><PackageReference Include=\"Dapper\" Version=\"2.*\" /></ItemGroup></Project>"),
            ("legacy/packages.config", "<packages><package id=\"Newtonsoft.Json\" version=\"13.0.3\" /></packages>"));

        var app = manifests.Single(m => m.Path == "src/App/App.csproj");
        app.Dependencies.Single(d => d.Name == "Serilog").Version.ShouldBe("4.0.0");
        app.Unpinned.Single().Name.ShouldBe("Dapper");
        manifests.Single(m => m.Path == "legacy/packages.config").Dependencies.Single().Name.ShouldBe("Newtonsoft.Json");
    }

    [Fact]
    public void Python_reads_requirements_pyproject_poetry_and_pipfile()
    {
        var manifests = Read(
            ("requirements.txt", "# deps\nDjango==5.0.6\nrequests>=2\n-r dev.txt\n"),
            ("svc/pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\n  \"fastapi>=0.110\",\n  \"httpx[http2]==0.27.0\",\n]\n"),
            ("bot/pyproject.toml", "[tool.poetry]\nname = \"bot\"\n[tool.poetry.dependencies]\npython = \"^3.12\"\naiogram = \"*\"\n"),
            ("api/Pipfile", "[packages]\nflask = \"==3.0.3\"\n[dev-packages]\npytest = \"*\"\n"));

        var req = manifests.Single(m => m.Path == "requirements.txt");
        req.Dependencies.Select(d => d.Name).ShouldBe(["Django", "requests"]);
        req.Unpinned.Single().Name.ShouldBe("requests");
        manifests.Single(m => m.Path == "svc/pyproject.toml").Dependencies.Select(d => d.Name).ShouldBe(["fastapi", "httpx"]);
        var poetry = manifests.Single(m => m.Path == "bot/pyproject.toml");
        poetry.LockfileExpected.ShouldBeTrue();
        poetry.Lockfile.ShouldBeNull();
        poetry.Unpinned.Single().Name.ShouldBe("aiogram");
        manifests.Single(m => m.Path == "api/Pipfile").Dependencies.Count.ShouldBe(2);
    }

    [Fact]
    public void Go_modules_count_direct_requirements_only()
    {
        var m = Read(("go.mod", "module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.0.12\n\tgolang.org/x/text v0.14.0 // indirect\n)\nrequire go.uber.org/zap v1.27.0\n"), ("go.sum", "x")).Single();

        m.Dependencies.Select(d => d.Name).ShouldBe(["github.com/go-chi/chi/v5", "go.uber.org/zap"]);
        m.Lockfile.ShouldBe("go.sum");
    }

    [Fact]
    public void Cargo_reads_inline_and_table_dependencies()
    {
        var m = Read(("Cargo.toml", "[package]\nname = \"shop\"\n\n[dependencies]\nserde = { version = \"1.0\", features = [\"derive\"] }\nanyhow = \"*\"\n\n[dependencies.tokio]\nversion = \"1.37\"\n\n[dev-dependencies]\ninsta = \"1\"\n")).Single();

        m.Dependencies.Select(d => d.Name).ShouldBe(["serde", "anyhow", "tokio", "insta"], ignoreOrder: true);
        m.Unpinned.Single().Name.ShouldBe("anyhow");
        m.LockfileExpected.ShouldBeTrue();
    }

    [Fact]
    public void Cargo_reads_toml_as_toml_workspace_inherited_literal_strings_and_target_tables()
    {
        // `anyhow.workspace = true` is the crate anyhow with the workspace's version (it once read as a crate named
        // "anyhow.workspace"); '''...''' is a literal string (it once failed the whole manifest).
        var m = Read(("Cargo.toml", "[package]\nname = \"shop\"\n\n[dependencies]\nanyhow.workspace = true\nrand = '''0.8'''\nlocal = { path = \"../local\" }\n\n[target.'cfg(unix)'.dependencies]\nlibc = \"0.2\"\n\n[workspace.dependencies]\nanyhow = \"1.0\"\n")).Single();

        m.Error.ShouldBeNull();
        m.Dependencies.Select(d => (d.Name, d.Version, d.Line)).ShouldBe(
            [("anyhow", "(workspace)", 5), ("rand", "0.8", 6), ("local", "(path or git)", 7), ("anyhow", "1.0", 13), ("libc", "0.2", 10)],
            ignoreOrder: true);
        m.Unpinned.ShouldBeEmpty();
    }

    [Fact]
    public void Pyproject_reads_pep_735_groups_and_poetry_groups_as_development()
    {
        var m = Read(("pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\"fastapi>=0.110,<1\"]\n\n[dependency-groups]\ntest = [\"pytest==8.2\", { include-group = \"lint\" }]\nlint = [\"ruff==0.5\"]\n\n[tool.poetry.group.docs.dependencies]\nmkdocs = { version = \"^1.6\" }\n")).Single();

        m.Dependencies.Select(d => (d.Name, d.Development)).ShouldBe(
            [("fastapi", false), ("pytest", true), ("ruff", true), ("mkdocs", true)], ignoreOrder: true);
        m.Dependencies.Single(d => d.Name == "mkdocs").Version.ShouldBe("^1.6");
    }

    [Fact]
    public void Maven_gradle_rubygems_composer_and_pub_are_read()
    {
        var manifests = Read(
            ("pom.xml", "<project><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.13</version></dependency><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>LATEST</version><scope>test</scope></dependency></dependencies></project>"),
            ("android/build.gradle", "dependencies {\n    implementation 'com.squareup.okhttp3:okhttp:4.+'\n    testImplementation \"junit:junit:4.13.2\"\n}\n"),
            ("Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngroup :development, :test do\n  gem 'rspec-rails'\nend\n"),
            ("composer.json", """{ "require": { "php": ">=8.2", "monolog/monolog": "^3.0", "acme/tool": "dev-main" } }"""),
            ("app/pubspec.yaml", "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  http: any\ndev_dependencies:\n  test: ^1.25.0\n"));

        manifests.Single(m => m.Ecosystem == Ecosystem.Maven).Unpinned.Single().Name.ShouldBe("junit:junit");
        manifests.Single(m => m.Ecosystem == Ecosystem.Gradle).Unpinned.Single().Name.ShouldBe("com.squareup.okhttp3:okhttp");
        var gems = manifests.Single(m => m.Ecosystem == Ecosystem.RubyGems);
        gems.Dependencies.Single(d => d.Name == "rspec-rails").Development.ShouldBeTrue();
        gems.Lockfile.ShouldBeNull();
        manifests.Single(m => m.Ecosystem == Ecosystem.Composer).Dependencies.Select(d => d.Name).ShouldBe(["monolog/monolog", "acme/tool"]);
        manifests.Single(m => m.Ecosystem == Ecosystem.Composer).Unpinned.Single().Name.ShouldBe("acme/tool");
        manifests.Single(m => m.Ecosystem == Ecosystem.Pub).Unpinned.Single().Name.ShouldBe("http");
    }

    [Theory]
    [InlineData("Cargo.toml", "[dependencies\nserde = \"1\"\n", "line 1")]
    [InlineData("go.mod", "module x\nrequire (\n  a v1\n", "never closed")]
    [InlineData("pom.xml", "<project><dependencies>", "invalid XML")]
    [InlineData("requirements.txt", "Django==5\n!!!\n", "line 2")]
    [InlineData("pubspec.yaml", "name: [app\n", "YAML")]
    public void A_malformed_manifest_carries_its_parse_error(string path, string content, string expected)
    {
        var m = Read((path, content)).Single();

        m.Error.ShouldNotBeNull();
        m.Error.ShouldContain(expected);
    }

    [Fact]
    public void Vendored_manifests_are_ignored()
    {
        Read(("node_modules/left-pad/package.json", "{}"), ("vendor/x/composer.json", "{}")).ShouldBeEmpty();
    }
}
