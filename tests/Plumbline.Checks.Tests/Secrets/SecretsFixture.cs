using Plumbline.Checks.Audit;
using Plumbline.Checks.Secrets;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.Secrets;

/// <summary>A fixture repository with planted secrets (current tree, deleted files, rewritten values,
/// an unmerged branch, a private key) and decoys that must stay quiet. Built once per test.</summary>
internal sealed class SecretsFixture : IDisposable
{
    private readonly FakeSecrets _fake = new(20260123);

    public SecretsFixture()
    {
        Repo = new FixtureRepo();
        var r = Repo;

        // Commit 1 (Ana): decoys only, plus the AWS key id later replaced by an environment variable.
        r.Write("README.md", "# Shop\nSet AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE in your shell (the documented example key).\n")
         .Write("config/settings.yml", $"{FakeSecrets.FixtureNote}\naws_access_key_id: {Plant("aws-access-key-id", _fake.AwsKeyId(), false)}\nregion: eu-west-1\n")
         .Write("decoys/app.env", string.Join('\n',
            "password = \"changeme\"",
            "api_key: \"<your-key>\"",
            "session_token = \"6f1d0c2e-8b7a-4c3d-9e2f-1a2b3c4d5e6f\"",
            $"secret_hash = \"{_fake.HexString(64)}\"",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            $"password: \"test{_fake.Generic()}\"",
            "token = config.auth.api_token_v2",
            "SECRET_KEY = os.environ[\"SECRET_KEY\"]",
            "DATABASE_URL=postgres://user:password@localhost:5432/db",
            "url = \"https://deploy:${TOKEN}@git.example.org/shop.git\"",
            "token = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\"",
            $"\"integrity\": \"sha512-{_fake.HexString(40)}\"",
            string.Empty))
         .Commit("Initial shop skeleton", "Ana Admin");
        FirstCommit = r.Head();

        // Commit 2 (Bo): a Stripe key in a file that is deleted in commit 3; a PAT that stays.
        r.Write("app/payments.py", $"{FakeSecrets.FixtureNote}\nimport stripe\nstripe.api_key = \"{Plant("stripe-secret-key", _fake.Stripe(), false)}\"\n")
         .Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={Plant("github-pat", _fake.GitHubPat(), true)}\nNODE_ENV=production\n")
         .Commit("Add payments and deploy config", "Bo Builder");
        StripeCommit = r.Head();

        // Commit 3: delete payments, replace the AWS key by an env var, add a DB URL and a generic secret that stay.
        var dbPassword = _fake.Password();
        var generic = _fake.Generic();
        r.Delete("app/payments.py")
         .Write("config/settings.yml", "aws_access_key_id: ${AWS_ACCESS_KEY_ID}\nregion: eu-west-1\n")
         .Write("src/db.js", $"// {FakeSecrets.FixtureNote}\nconst url = \"postgres://shop:{Plant("database-url-password", dbPassword, true)}@db.internal:5432/shop\";\n")
         .Write("src/client.js", $"// {FakeSecrets.FixtureNote}\nconst API_SECRET = \"{Plant("generic-secret-assignment", generic, true)}\";\n")
         .Write("src/copy-of-client.js", $"// same value again: one finding, two places\nconst API_SECRET = \"{generic}\";\n")
         .Write("src/allowed.js", $"const SENDGRID = \"{Unreported(_fake.Sendgrid())}\"; // plumbline:allow rotated, kept for the demo\n")
         .Commit("Move secrets to env, add DB");

        // An unmerged branch with a Slack token and a private key that is deleted again on that branch.
        var pemBody = _fake.PemBody();
        r.Branch("feature/old-bot")
         .Write("bot/notes.txt", $"{FakeSecrets.FixtureNote}\nslack: {Plant("slack-bot-token", _fake.SlackBot(), false)}\n")
         .Write("bot/id_rsa", FakeSecrets.Pem(pemBody))
         .Commit("Bot experiment", "Cy Contractor")
         .Delete("bot/id_rsa")
         .Commit("Remove key", "Cy Contractor")
         .Checkout("main");
        Plant("private-key-pem", pemBody.Replace("\n", string.Empty, StringComparison.Ordinal), false);

        // A secret the team decided to accept, listed in the ignore file, plus one stale entry.
        var accepted = _fake.Anthropic();
        r.Write("src/accepted.js", $"// {FakeSecrets.FixtureNote}\nconst KEY = \"{Unreported(accepted)}\";\n");
        r.Write(SecretIgnoreFile.DefaultName, $"# accepted: fixture key\n{SecretText.FingerprintOf("anthropic-api-key", accepted)}\n{new string('a', 64)} # stale\n")
         .Commit("Accept one key");
        Head = r.Head();
    }

    public FixtureRepo Repo { get; }

    public string FirstCommit { get; }

    public string StripeCommit { get; }

    public string Head { get; }

    /// <summary>Planted secrets the scan must report: rule, value, and whether it is still in the current tree.</summary>
    public List<(string Rule, string Value, bool InTree)> Planted { get; } = [];

    /// <summary>Every secret value written anywhere in the fixture (reported or not), for leak checks.</summary>
    public List<string> AllValues { get; } = [];

    public IEnumerable<string> ExpectedFingerprints => Planted.Select(p => SecretText.FingerprintOf(p.Rule, p.Value));

    public async Task<IReadOnlyList<Finding>> RunAsync(string? configYaml = null, string? rev = null)
    {
        var config = AuditConfig.Empty;
        if (configYaml is not null)
        {
            var read = AuditConfigReader.Read(configYaml, "plumbline.yml", RecommendationCatalog.BuiltIn);
            read.Errors.ShouldBeEmpty();
            config = read.Value;
        }

        var context = new AuditContext(Repo.Root, "fixture", config, TimeProvider.System) { IsGitRepository = true, Rev = rev };
        var result = await new SecretsStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
        return result.Findings;
    }

    public static string? SecretFingerprintOf(Finding f) =>
        f.Evidence.FirstOrDefault(e => e.StartsWith("fingerprint: ", StringComparison.Ordinal))?["fingerprint: ".Length..];

    public void Dispose() => Repo.Dispose();

    private string Plant(string rule, string value, bool inTree)
    {
        Planted.Add((rule, value, inTree));
        AllValues.Add(value);
        return value;
    }

    private string Unreported(string value)
    {
        AllValues.Add(value);
        return value;
    }
}
