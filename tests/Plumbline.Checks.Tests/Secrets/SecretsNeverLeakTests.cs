using System.Text.Json;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Secrets;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Reports.Writers;

namespace Plumbline.Checks.Tests.Secrets;

public sealed class SecretsNeverLeakTests
{
    [Fact]
    public async Task No_report_format_findings_text_or_metric_holds_a_planted_secret()
    {
        using var fixture = new SecretsFixture();
        var context = new AuditContext(fixture.Repo.Root, "fixture", AuditConfig.Empty, TimeProvider.System) { IsGitRepository = true };
        var result = await new SecretsStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
        result.Findings.ShouldContain(f => f.Outcome == Outcome.Fail);
        var catalog = RecommendationCatalog.BuiltIn;
        var items = ItemsFromFindings.Build(result.Findings, catalog);
        var report = ReportFactory.Create("Leak check", "audit", "fixture", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), result.Findings, items,
            new PlanSettings(new DateOnly(2026, 1, 5), 8), catalog).Value with
        { Tables = result.Tables };

        var outputs = new List<(string Name, string Text)>
        {
            ("findings", string.Join('\n', result.Findings.Select(f => $"{f} {string.Join(' ', f.Evidence)}"))),
            ("findings-json", JsonSerializer.Serialize(result.Findings)),
            ("metrics", JsonSerializer.Serialize(result.Metrics)),
            ("tables", JsonSerializer.Serialize(result.Tables)),
        };
        foreach (var writer in ReportWriters.All)
        {
            using var text = new StringWriter();
            writer.Write(report, text);
            outputs.Add((writer.Format, text.ToString()));
        }

        foreach (var secret in fixture.AllValues)
        {
            foreach (var (name, text) in outputs)
            {
                // Any 10 characters of a secret beyond the 4-character preview count as a leak.
                for (var i = 1; i + 10 <= secret.Length; i++)
                {
                    text.ShouldNotContain(secret.Substring(i, 10), Case.Sensitive, $"{name} leaks part of a planted secret");
                }
            }
        }
    }

    [Fact]
    public void Previews_show_at_most_four_characters_and_a_quarter_of_short_values()
    {
        SecretText.Mask("ghp_0123456789abcdefghij0123456789abcdef").ShouldBe("ghp_****"); // plumbline:allow (fixture: a fake token made of sequential characters)
        SecretText.Mask("hunter22").ShouldBe("hu****");
        SecretText.Mask("abc").ShouldBe("****");
    }

    [Fact]
    public void Matches_carry_no_secret_value_even_when_printed()
    {
        var pat = new FakeSecrets(11).GitHubPat();
        var match = new SecretScanner(BuiltInSecretRules.All).Scan($"GITHUB_TOKEN={pat}", "a.env").ShouldHaveSingleItem();

        match.ToString().ShouldNotContain(pat[4..]);
        match.SecretFingerprint.ShouldBe(SecretText.FingerprintOf("github-pat", pat));
    }

    [Fact]
    public void Malformed_ignore_file_errors_do_not_echo_the_line()
    {
        var pat = new FakeSecrets(12).GitHubPat();

        var parsed = SecretIgnoreFile.Parse($"{pat}\n", ".plumbline-secrets-ignore");

        parsed.Success.ShouldBeFalse();
        var tail = pat[4..];
        parsed.Errors.ShouldAllBe(e => !e.ToString().Contains(tail));
        parsed.Errors[0].Line.ShouldBe(1);
    }
}
