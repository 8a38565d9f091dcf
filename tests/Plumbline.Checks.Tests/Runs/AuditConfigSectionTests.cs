using Plumbline.Checks.Audit;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>A misspelt field in an area's section would silently do nothing; it is refused when plumbline.yml is read,
/// with its line, whichever stages the run includes.</summary>
public sealed class AuditConfigSectionTests
{
    private static Core.Input.ParseResult<AuditConfig> Read(string yaml) => AuditConfigReader.Read(yaml, "plumbline.yml", RecommendationCatalog.BuiltIn);

    [Theory]
    [InlineData("secrets:\n  histroy: false\n", "plumbline.yml:2", "unknown field 'histroy' in 'secrets'")]
    [InlineData("history:\n  since: 2024-01-01\n  hotspot: 5\n", "plumbline.yml:3", "unknown field 'hotspot' in 'history'")]
    [InlineData("vulnerabilities:\n  max-age: 3\n", "plumbline.yml:2", "unknown field 'max-age' in 'vulnerabilities'")]
    [InlineData("repo:\n  large-file-kb: 5\n", "plumbline.yml:2", "unknown field 'large-file-kb' in 'repo'")]
    [InlineData("domain:\n  dkim: [s1]\n", "plumbline.yml:2", "unknown field 'dkim' in 'domain'")]
    [InlineData("site:\n  timeout: 5\n", "plumbline.yml:2", "'site', which has no fields yet")]
    public void An_unknown_field_in_a_section_is_refused_with_its_line(string yaml, string where, string message)
    {
        var read = Read(yaml);

        read.Success.ShouldBeFalse();
        var error = read.Errors.ShouldHaveSingleItem().ToString();
        error.ShouldContain(where);
        error.ShouldContain(message);
    }

    [Fact]
    public void The_documented_fields_of_every_section_are_accepted()
    {
        var read = Read("""
            secrets:
              history: false
              ignore-file: .plumbline-secrets-ignore
              max-blob-bytes: 1048576
            history:
              since: 2024-01-01
              hotspots: 5
            vulnerabilities:
              max-age-days: 3
            repo:
              large-file-mb: 5
            domain:
              dkim-selectors: [s1]
            """);

        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        read.Value.Sections.Keys.Order(StringComparer.Ordinal).ShouldBe(["domain", "history", "repo", "secrets", "vulnerabilities"]);
    }
}
