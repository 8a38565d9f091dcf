using Plumbline.Checks.EndOfLife;

namespace Plumbline.Checks.Tests.EndOfLife;

public sealed class EolBaselineTests
{
    [Fact]
    public void The_built_in_baseline_is_dated_names_a_policy_page_per_product_and_lists_nothing_past_its_horizon()
    {
        var baseline = EolBaseline.BuiltIn;

        baseline.DataAsOf.ShouldBe(new DateOnly(2025, 12, 31));
        baseline.Origin.ShouldBe("built in");
        baseline.SourceText.ShouldBe("Plumbline's built-in baseline (the vendors' published support policies), data as of 2025-12-31");
        baseline.Products.Keys.ShouldBeSubsetOf(KnownPlatform.All.Select(k => k.Id));
        baseline.Products.Keys.ShouldContain("dotnet");
        baseline.Products.Keys.ShouldContain("dotnetfx");
        foreach (var product in baseline.Products.Values)
        {
            product.Policy.ShouldNotBeNull().ShouldStartWith("https://", customMessage: product.Id);
            product.Cycles.ShouldNotBeEmpty(product.Id);
            foreach (var cycle in product.Cycles)
            {
                var released = cycle.Released.ShouldNotBeNull($"{product.Id} {cycle.Cycle}");
                released.ShouldBeLessThanOrEqualTo(baseline.DataAsOf, $"{product.Id} {cycle.Cycle} is past the horizon");
                if (cycle.Eol.Date is { } eol) eol.ShouldBeGreaterThan(released, $"{product.Id} {cycle.Cycle}");
            }
        }
    }

    [Fact]
    public void The_baseline_dates_the_checks_rely_on_match_the_vendors_policies()
    {
        var b = EolBaseline.BuiltIn;
        DateOnly? Eol(string product, string version) => b.Find(product)!.Match(version)!.Eol.Date;

        Eol("dotnet", "6.0").ShouldBe(new DateOnly(2024, 11, 12));
        Eol("dotnet", "8.0").ShouldBe(new DateOnly(2026, 11, 10));
        Eol("nodejs", "16").ShouldBe(new DateOnly(2023, 9, 11));
        Eol("python", "3.8.10").ShouldBe(new DateOnly(2024, 10, 7));
        Eol("php", "7.4").ShouldBe(new DateOnly(2022, 11, 28));
        Eol("dotnetfx", "4.5.2").ShouldBe(new DateOnly(2022, 4, 26));
        Eol("angularjs", "1.5.8").ShouldBe(new DateOnly(2021, 12, 31));
        Eol("vue", "2.6.14").ShouldBe(new DateOnly(2023, 12, 31));
        b.Find("dotnetfx")!.Match("4.8")!.Eol.ShouldBe(EolMark.None);
        b.Find("dotnetfx")!.Match("4.8")!.OpenEnded.ShouldBeTrue();
        b.Find("go")!.Match("1.25")!.OpenEnded.ShouldBeFalse();
    }

    [Fact]
    public void A_baseline_with_a_bad_date_or_an_unknown_product_is_an_error_naming_the_line()
    {
        const string text = "dataAsOf: 2025-12-31\nproducts:\n  php:\n    title: PHP\n    source: https://www.php.net/supported-versions.php\n    cycles:\n      - { cycle: \"8.4\", released: 2024-11-21, eol: soon }\n  cobol:\n    title: COBOL\n    source: https://example.org\n    cycles: []\n";

        var result = EolBaseline.Read(text, "eol-baseline.yml");

        result.Success.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Line == 7 && e.Message.Contains("'eol' in a cycle of 'php' must be a date like 2026-01-31 or false, not 'soon'"));
        result.Errors.ShouldContain(e => e.Line == 8 && e.Message.Contains("'cobol' is not a product Plumbline detects"));
    }

    [Fact]
    public void Imported_data_is_used_only_while_it_is_at_least_as_new_as_the_baseline()
    {
        var baseline = EolBaseline.BuiltIn;
        var older = new EolDatabase(new DateOnly(2025, 6, 1), new Dictionary<string, EolProduct>()) { Origin = "old.json" };
        var newer = new EolDatabase(new DateOnly(2026, 8, 21), new Dictionary<string, EolProduct>()) { Origin = "new.json" };

        EolStore.Newer(older, baseline).ShouldBeSameAs(baseline);
        EolStore.Newer(newer, baseline).ShouldBeSameAs(newer);
        EolStore.Newer(null, baseline).ShouldBeSameAs(baseline);
    }
}
