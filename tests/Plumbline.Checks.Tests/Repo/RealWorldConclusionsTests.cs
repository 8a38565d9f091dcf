using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Repo;

/// <summary>Conclusions that were false on real repositories (docs/accuracy.md, issue 19), each as a small fixture
/// derived from the repository where it was seen.</summary>
public sealed class RealWorldConclusionsTests
{
    private const string FlyToml = "app = 'shop'\n";

    private static List<Finding> Run(string checkId, Dictionary<string, string> files)
    {
        using var repo = Fixture.Repo(files);
        return [.. CheckCases.Check(checkId).Run(Fixture.Snapshot(repo.Path))];
    }

    private static Finding Single(string checkId, Dictionary<string, string> files) => Run(checkId, files).Single();

    [Theory]
    [InlineData("src/Plumbline.Checks/Audit/IAuditStage.cs", "interface IAuditStage { }\n")] // plumbline itself
    [InlineData("netbox/extras/migrations/0124_remove_staging.py", "# migration\n")] // netbox
    [InlineData("images/docs/guide/scope.graffle/QuickLook/Preview.pdf", "%PDF-1.4\n")] // angular.js
    [InlineData("test/Views/Features/ShadeEvaluatesExpressions.shade", "<p/>\n")] // Nancy
    public void A_code_or_document_file_whose_name_mentions_a_stage_is_no_staging_environment(string path, string content)
    {
        var finding = Single("HasSeparateEnvironments", new() { ["fly.toml"] = FlyToml, [path] = content });

        finding.Outcome.ShouldBe(Outcome.Fail, finding.Detail);
    }

    [Theory]
    [InlineData("fly.staging.toml", "app = 'shop-staging'\n")]
    [InlineData("src/Shop/appsettings.Staging.json", "{ \"Logging\": {} }\n")]
    [InlineData("deploy/helm/values-staging.yaml", "replicas: 1\n")]
    [InlineData("infra/envs/staging/main.tf", "module \"app\" {}\n")]
    [InlineData("config/environments/staging.rb", "Rails.application.configure do\nend\n")]
    [InlineData(".github/workflows/deploy.yml", "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: staging\n    steps:\n      - run: fly deploy\n")]
    [InlineData(".gitlab-ci.yml", "deploy_staging:\n  stage: deploy\n  environment:\n    name: staging\n  script: ./deploy.sh\n")]
    public void A_configuration_file_or_ci_job_naming_a_staging_environment_is_one(string path, string content)
    {
        var finding = Single("HasSeparateEnvironments", new() { ["fly.toml"] = FlyToml, [path] = content });

        finding.Outcome.ShouldBe(Outcome.Pass, finding.Detail);
        finding.Detail.ShouldContain(path);
    }

    [Fact]
    public void A_document_about_deployment_is_not_a_deploy_script()
    {
        // create-react-app: "Deploying is scripted (docusaurus/docs/deployment.md)".
        var finding = Single("HasDeployScript", new() { ["Dockerfile"] = "FROM node:20\n", ["docusaurus/docs/deployment.md"] = "# Deployment\n" });

        finding.Outcome.ShouldBe(Outcome.Fail, finding.Detail);
    }

    [Fact]
    public void Environment_variables_in_a_ci_job_are_no_deploy()
    {
        // hugo's CircleCI config and eShopOnWeb's richnav.yml have "environment:" keys that set variables.
        var finding = Single("HasDeployScript", new()
        {
            ["Dockerfile"] = "FROM golang:1.22\n",
            [".circleci/config.yml"] = "jobs:\n  build:\n    environment:\n      GOPATH: /go\n    steps:\n      - run: go build\n",
        });

        finding.Outcome.ShouldBe(Outcome.Fail, finding.Detail);
    }

    [Fact]
    public void Go_code_importing_the_standard_log_package_logs()
    {
        var files = new Dictionary<string, string>
        {
            ["go.mod"] = "module example.com/site\n\ngo 1.22\n",
            ["main.go"] = "package main\n\nimport (\n\t\"log\"\n)\n\nfunc main() { log.Println(\"up\") }\n",
        };

        Single("UsesLoggingLibrary", files).Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_release_module_inside_the_application_is_not_a_deploy_script_but_one_in_scripts_is()
    {
        // netbox: "Deploying is scripted (netbox/utilities/release.py)".
        var files = new Dictionary<string, string> { ["Dockerfile"] = "FROM python:3.12\n", ["netbox/utilities/release.py"] = "def load_release_data():\n    pass\n" };
        Single("HasDeployScript", files).Outcome.ShouldBe(Outcome.Fail);

        files["scripts/release.sh"] = "#!/bin/sh\ndocker push shop\n";
        Single("HasDeployScript", files).Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_release_script_that_only_builds_or_publishes_a_package_is_not_a_deploy()
    {
        // plumbline's build/release.sh builds the native release; netbox's release.yml publishes to PyPI.
        var files = new Dictionary<string, string>
        {
            ["Dockerfile"] = "FROM python:3.12\n",
            ["build/release.sh"] = "#!/bin/sh\ndotnet publish -c Release -o dist\n",
            [".github/workflows/release.yml"] = "on: push\njobs:\n  publish-testpypi:\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n",
        };

        Single("HasDeployScript", files).Outcome.ShouldBe(Outcome.Fail);
    }

    [Theory]
    [InlineData("src/Plumbline.Core/Assessments/Decisions/DecisionModel.cs", "class DecisionModel { }\n")] // plumbline itself
    [InlineData("src/ui/DesignSystem.tsx", "export const x = 1;\n")]
    [InlineData("src/adr/parser.py", "def parse():\n    pass\n")]
    public void Code_in_a_folder_or_file_named_like_architecture_notes_is_not_architecture_notes(string path, string content)
    {
        var finding = Single("HasArchitectureNotes", new() { ["README.md"] = "# x\n", [path] = content });

        finding.Outcome.ShouldBe(Outcome.Fail, finding.Detail);
    }

    [Theory]
    [InlineData("docs/adr/0001-gift-cards-remain-bearer-instruments.md")] // saleor
    [InlineData("doc/architecture/decisions/0002-use-postgres.md")]
    [InlineData("ARCHITECTURE.md")]
    [InlineData("docs/DESIGN.md")]
    public void A_decision_record_or_architecture_document_is_architecture_notes(string path)
    {
        var finding = Single("HasArchitectureNotes", new() { ["README.md"] = "# x\n", [path] = "# Decision\n" });

        finding.Outcome.ShouldBe(Outcome.Pass, finding.Detail);
    }

    [Fact]
    public void The_root_readme_wins_over_a_variant_beside_it()
    {
        // angular.js keeps README.closure.md beside README.md, and was judged on the former.
        var files = new Dictionary<string, string>
        {
            ["README.closure.md"] = "Closure build notes.\n",
            ["README.md"] = "# Shop\n## Setup\nnpm install\n## Usage\nnpm start\n## Tests\nnpm test\n",
        };

        var findings = Run("HasReadme", files).Concat(Run("ReadmeExplainsSetup", files)).ToList();

        findings.ShouldAllBe(f => f.Outcome == Outcome.Pass);
        findings.ShouldAllBe(f => f.Location!.Path == "README.md");
    }

    [Theory]
    [InlineData(".circleci/config.yml", "jobs:\n  unit-test:\n    steps:\n      - run: yarn grunt test:jqlite\n")] // angular.js
    [InlineData(".github/workflows/ci.yml", "jobs:\n  t:\n    steps:\n      - name: Run tests\n        run: coverage run netbox/manage.py test netbox/ --parallel\n")] // netbox
    [InlineData(".github/workflows/test.yml", "jobs:\n  t:\n    steps:\n      - run: |\n          mage -v test\n")] // hugo
    [InlineData("bitbucket-pipelines.yml", "pipelines:\n  default:\n    - step:\n        script:\n          - ./gradlew clean check\n")]
    [InlineData("azure-pipelines.yml", "steps:\n  - script: make test-unit\n")]
    [InlineData("Jenkinsfile", "pipeline { stages { stage('Test') { steps { sh 'mvn -B verify' } } } }\n")]
    [InlineData(".travis.yml", "script:\n  - bundle exec rspec\n")]
    [InlineData(".drone.yml", "steps:\n  - name: test\n    commands:\n      - go test ./...\n")]
    [InlineData(".woodpecker.yml", "steps:\n  test:\n    commands:\n      - pytest -q\n")]
    [InlineData(".gitlab-ci.yml", "test:\n  script:\n    - dotnet test Shop.sln\n")]
    [InlineData(".github/workflows/ci.yml", "jobs:\n  t:\n    steps:\n      - run: ./scripts/run-tests.sh\n")]
    public void Ci_runs_tests_through_any_of_the_usual_systems_and_runners(string path, string content)
    {
        var finding = Single("CiRunsTests", new() { [path] = content });

        finding.Outcome.ShouldBe(Outcome.Pass, finding.Detail);
    }

    [Fact]
    public void Ci_running_a_package_script_that_runs_a_test_runner_runs_the_tests()
    {
        var files = new Dictionary<string, string>
        {
            [".github/workflows/ci.yml"] = "jobs:\n  t:\n    steps:\n      - run: npm ci\n      - run: npm run verify-all\n",
            ["package.json"] = """{ "name": "shop", "scripts": { "verify-all": "eslint . && vitest run" } }""",
        };

        Single("CiRunsTests", files).Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void Ci_calling_a_repository_script_that_runs_tests_runs_the_tests()
    {
        var files = new Dictionary<string, string>
        {
            [".github/workflows/ci.yml"] = "jobs:\n  t:\n    steps:\n      - run: script/cibuild\n",
            ["script/cibuild"] = "#!/bin/sh\nset -e\nbundle exec rspec\n",
        };

        var finding = Single("CiRunsTests", files);

        finding.Outcome.ShouldBe(Outcome.Pass);
        finding.Detail.ShouldContain("script/cibuild");
    }

    [Theory]
    [InlineData("jobs:\n  b:\n    steps:\n      - run: npm ci\n      - run: npm run build\n")]
    [InlineData("jobs:\n  b:\n    steps:\n      - run: cargo check\n      - run: yarn lint\n")]
    [InlineData("jobs:\n  b:\n    steps:\n      # - run: npm test\n      - run: make build\n")]
    public void Ci_that_only_installs_builds_or_lints_does_not_run_tests(string workflow)
    {
        var finding = Single("CiRunsTests", new() { [".github/workflows/ci.yml"] = workflow });

        finding.Outcome.ShouldBe(Outcome.Fail, finding.Detail);
    }

    [Fact]
    public void Release_tooling_in_a_minor_language_is_not_judged_for_logging()
    {
        // saleor: Python with sentry-sdk, and a package.json for release tooling with no logger.
        var files = new Dictionary<string, string>
        {
            ["pyproject.toml"] = "[project]\nname = \"shop\"\ndependencies = [\"django==5.0\", \"sentry-sdk==2.1.0\"]\n",
            ["package.json"] = """{ "name": "release-tools", "devDependencies": { "release-it": "17.0.0" } }""",
            ["release.config.js"] = "module.exports = {};\n",
        };
        for (var i = 0; i < 12; i++)
        {
            files[$"shop/views{i}.py"] = string.Concat(Enumerable.Repeat("def view(request):\n    return render(request)\n", 10));
        }

        var findings = Run("UsesLoggingLibrary", files);

        findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Pass);
        findings[0].Detail.ShouldContain("PyPI");
    }

    [Fact]
    public void A_manifest_with_no_code_of_its_language_beside_it_is_not_judged_for_logging()
    {
        // hugo: docs/go.mod is a Hugo module for the documentation site, with no Go code under docs/.
        var files = new Dictionary<string, string>
        {
            ["go.mod"] = "module example.com/site\n\ngo 1.22\n\nrequire go.uber.org/zap v1.27.0\n",
            ["main.go"] = "package main\n\nfunc main() {}\n",
            ["docs/go.mod"] = "module example.com/site/docs\n\ngo 1.22\n",
            ["docs/content/intro.md"] = "# Intro\n",
        };

        var findings = Run("UsesLoggingLibrary", files);

        findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Pass);
        findings[0].Location!.Path.ShouldBe("go.mod");
    }

    [Fact]
    public void A_spring_boot_starter_brings_logging()
    {
        // spring-petclinic: every starter depends on spring-boot-starter-logging (Logback).
        var files = new Dictionary<string, string>
        {
            ["pom.xml"] = "<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n",
            ["src/main/java/shop/App.java"] = "package shop;\npublic class App { }\n",
        };

        Single("UsesLoggingLibrary", files).Outcome.ShouldBe(Outcome.Pass);
    }
}
