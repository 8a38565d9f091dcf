using Plumbline.Checks.Repo;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Tests.Repo;

/// <summary>For every built-in repo check: a fixture repository it fails and one it passes.</summary>
internal static class CheckCases
{
    private static Dictionary<string, string> F(params (string Path, string Content)[] files) => files.ToDictionary(f => f.Path, f => f.Content);

    private const string PackageJson = """{ "name": "shop", "dependencies": { "express": "^4.19.2" }, "devDependencies": { "jest": "29.7.0" } }""";

    public static readonly (string CheckId, Dictionary<string, string> Fail, Dictionary<string, string> Pass)[] All =
    [
        ("HasReadme", F(("app.js", "x();\n")), F(("README.md", "# Shop\n"))),
        ("ReadmeExplainsSetup", F(("README.md", "# Shop\nA shop.\n")), F(("README.md", "# Shop\n## Setup\nnpm install\n## Usage\nnpm start\n## Tests\nnpm test\n"))),
        ("HasLicense", F(("README.md", "# x\n")), F(("LICENSE", "MIT License\n"))),
        ("HasOnboardingGuide", F(("README.md", "# x\n")), F(("CONTRIBUTING.md", "# Contributing\n"))),
        ("HasDocsFolder", F(("README.md", "# x\n")), F(("docs/setup.md", "# Setup\n"))),
        ("HasArchitectureNotes", F(("README.md", "# x\n")), F(("docs/adr/0001-use-postgres.md", "# Use PostgreSQL\n"))),
        ("HasEnvExample", F(("app.js", "const url = process.env.DATABASE_URL;\n")), F(("app.js", "const url = process.env.DATABASE_URL;\n"), (".env.example", "DATABASE_URL=postgres://localhost/shop\n"))),
        ("HasCiConfiguration", F(("app.js", "x();\n")), F((".gitlab-ci.yml", "test:\n  script: npm test\n"))),
        ("CiRunsTests", F((".github/workflows/build.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n")), F((".github/workflows/build.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n"))),
        ("HasInfrastructureAsCode", F(("package.json", PackageJson), ("package-lock.json", "{}")), F(("package.json", PackageJson), ("Dockerfile", "FROM node:20\n"))),
        ("HasDeployScript", F(("Dockerfile", "FROM node:20\n")), F(("Dockerfile", "FROM node:20\n"), ("scripts/deploy.sh", "#!/bin/sh\nfly deploy\n"))),
        ("HasSeparateEnvironments", F(("fly.toml", "app = 'shop'\n")), F(("fly.toml", "app = 'shop'\n"), ("fly.staging.toml", "app = 'shop-staging'\n"))),
        ("HasDependencyUpdateTooling", F(("package.json", PackageJson)), F(("package.json", PackageJson), (".github/dependabot.yml", "version: 2\n"))),
        ("ManifestsAreReadable", F(("package.json", "{ \"dependencies\": { \"a\": \"1.0.0\", }\n")), F(("package.json", PackageJson))),
        ("HasLockfile", F(("package.json", PackageJson)), F(("package.json", PackageJson), ("package-lock.json", "{}"))),
        ("DependenciesArePinned", F(("package.json", """{ "dependencies": { "left-pad": "*", "lodash": "latest" } }""")), F(("package.json", PackageJson))),
        ("HasTests", F(("src/cart.js", "export const total = () => 0;\n")), F(("src/cart.js", "export const total = () => 0;\n"), ("src/cart.test.js", "test('t', () => {});\n"))),
        ("HasCoverageConfiguration", F(("src/cart.js", "x\n"), ("src/cart.test.js", "t\n")), F(("src/cart.js", "x\n"), ("src/cart.test.js", "t\n"), (".nycrc", "{}"))),
        ("NoCommittedEnvFiles", F((".env", "PASSWORD=fixture-not-real\n")), F((".env.example", "PASSWORD=\n"))),
        ("NoCommittedKeyFiles", F(("deploy/key.pem", "-----BEGIN " + "RSA PRIVATE KEY-----\nfixture\n-----END RSA PRIVATE KEY-----\n")), F(("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nfixture\n-----END CERTIFICATE-----\n"))),
        ("GitignoreCoversSecrets", F((".gitignore", "node_modules/\n")), F((".gitignore", ".env\n.env.*\n!.env.example\n*.pem\n*.key\nid_rsa*\n"))),
        ("UsesLoggingLibrary", F(("package.json", PackageJson), ("src/app.js", "require('express')();\n")), F(("package.json", """{ "dependencies": { "pino": "9.0.0" } }"""), ("src/app.js", "require('pino')();\n"))),
        // The failing case's empty catch is split across two literals so that auditing Plumbline does not flag its own fixture.
        ("NoEmptyCatchBlocks", F(("src/Save.cs", "class S { void M() { try { Go(); } catch (Exception) " + "{ } } }\n")), F(("src/Save.cs", "class S { void M() { try { Go(); } catch (Exception) { /* retried by the caller */ } } }\n"))),
        ("HasSecurityPolicy", F(("README.md", "# x\n")), F((".github/SECURITY.md", "Mail security@example.com\n"))),
        ("NoCheckedInBinaries", F(("lib/tool.dll", "MZ\0\0binary")), F(("img/logo.png", "\u0089PNG\0"))),
        ("WorkflowsAvoidDangerousPatterns",
            F((".github/workflows/greet.yml", "on: issues\npermissions:\n  issues: write\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n")),
            F((".github/workflows/greet.yml", "on: issues\npermissions:\n  issues: write\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$TITLE\"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n"))),
        ("WorkflowsDeclarePermissions",
            F((".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n")),
            F((".github/workflows/ci.yml", "on: push\npermissions:\n  contents: read\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"))),
    ];

    public static ICheck<RepoSnapshot> Check(string id) => RepoChecks.All.Single(c => c.Descriptor.Id == id);
}
