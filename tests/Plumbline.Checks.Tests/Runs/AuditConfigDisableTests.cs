using Plumbline.Checks.Audit;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.Runs;

/// <summary><c>disable:</c> names checks of the registry; a misspelt id is an input error, not a silent no-op.</summary>
public sealed class AuditConfigDisableTests
{
    [Fact]
    public void Known_check_ids_and_template_rules_are_accepted()
    {
        var read = AuditConfigReader.Read("disable: [HasReadme, NoSecretsInHistory, DmarcEnforced, assess/my-own/rule]\n", "plumbline.yml", RecommendationCatalog.BuiltIn);

        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        read.Value.DisabledChecks.ShouldContain("NoSecretsInHistory");
    }

    [Fact]
    public void An_unknown_check_id_is_refused_with_its_line_and_where_the_ids_are_listed()
    {
        var read = AuditConfigReader.Read("exclude: []\ndisable: [HasReadme, NoSuchCheck]\n", "plumbline.yml", RecommendationCatalog.BuiltIn);

        read.Success.ShouldBeFalse();
        var error = read.Errors.ShouldHaveSingleItem().ToString();
        error.ShouldContain("plumbline.yml:2");
        error.ShouldContain("'NoSuchCheck', which is not a check");
        error.ShouldContain("docs/checks.md");
    }
}
