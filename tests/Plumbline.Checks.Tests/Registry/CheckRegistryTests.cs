using System.Text.RegularExpressions;
using Plumbline.Checks.Registry;
using Plumbline.Core.Checks;
using Plumbline.Core.Recommendations;
using Plumbline.Testing.Reports;

namespace Plumbline.Checks.Tests.Registry;

/// <summary>The one convention test over every check: complete descriptors, known recommendations, one list, generated docs.</summary>
public sealed partial class CheckRegistryTests
{
    [Fact]
    public void Every_check_id_is_unique_across_all_areas()
    {
        CheckRegistry.All.Select(d => d.Id).ShouldBeUnique();
    }

    [Fact]
    public void Every_descriptor_is_complete_follows_the_id_grammar_and_belongs_to_its_area()
    {
        foreach (var area in CheckRegistry.Areas)
        {
            area.Checks.ShouldNotBeEmpty(area.Name);
            foreach (var d in area.Checks)
            {
                d.Area.ShouldBe(area.Name, d.Id);
                d.Title.ShouldNotBeNullOrWhiteSpace(d.Id);
                var grammar = area.Name == "assessment" ? TemplateRuleId() : PascalCaseId();
                grammar.IsMatch(d.Id).ShouldBeTrue($"'{d.Id}' does not follow the id grammar of the {area.Name} area");
                if (area.Name != "assessment")
                {
                    d.Title.ShouldEndWith("?", customMessage: $"{d.Id}'s title should be the question it answers");
                }
            }
        }
    }

    [Fact]
    public void Every_check_feeds_a_recommendation_in_the_built_in_catalog()
    {
        var missing = CheckRegistry.All.Where(d => RecommendationCatalog.BuiltIn.Find(d.RecommendationId) is null).Select(d => $"{d.Id} → {d.RecommendationId}").ToList();

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_check_class_in_the_Checks_assembly_is_in_the_registry()
    {
        var classes = typeof(CheckRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICheck<>)))
            // IaC rules are data: one class whose instances are the rules, each registered under its own id (below).
            .Where(t => t != typeof(Plumbline.Checks.Iac.IacRuleCheck))
            .ToList();
        var registered = CheckRegistry.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Plumbline.Checks.Iac.IacChecks.All.ShouldAllBe(c => registered.Contains(c.Descriptor.Id));

        classes.Count.ShouldBeGreaterThan(50);
        classes.Where(t => !registered.Contains(t.Name)).Select(t => t.FullName).ShouldBeEmpty("every ICheck class must be listed in its area (and so in the registry), with its class name as its id");
    }

    [Fact]
    public void Checks_md_is_generated_from_the_registry()
    {
        var path = RepoRoot.File(CheckReference.DocsPath);
        var expected = CheckReference.Markdown(CheckRegistry.Areas, RecommendationCatalog.BuiltIn);
        if (Environment.GetEnvironmentVariable("PLUMB_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected,
            "docs/checks.md is out of date: PLUMB_WRITE_DOCS=1 dotnet test tests/Plumbline.Checks.Tests --filter Checks_md_is_generated_from_the_registry");
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCaseId();

    [GeneratedRegex("^assess/[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TemplateRuleId();
}
