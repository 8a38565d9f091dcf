using System.Text;
using System.Text.Json.Nodes;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Checks.Vulnerabilities.Lockfiles;
using Plumbline.Checks.Vulnerabilities.Osv;
using Plumbline.Checks.Vulnerabilities.Versions;
using Plumbline.Core.Findings;
using static Plumbline.Checks.Tests.Vulnerabilities.OsvFixtures;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class AdvisoryMatcherTests
{
    private static AffectedPackage Affected(JsonObject advisory) => Parse(advisory).Affected[0];

    private static Advisory Parse(JsonObject advisory)
    {
        var (parsed, skipped) = OsvParser.Parse(Encoding.UTF8.GetBytes(advisory.ToJsonString()));
        skipped.ShouldBeNull();
        return parsed!;
    }

    [Theory]
    [InlineData("4.17.20", true)]
    [InlineData("4.17.21", false)]
    [InlineData("3.0.0", false)]
    [InlineData("4.0.0", true)]
    [InlineData("5.0.0-beta.1", false)]
    public void Introduced_and_fixed_events_bound_the_affected_versions(string version, bool expected)
    {
        var affected = Affected(Advisory("GHSA-fix1-0000-0000", "npm", "lodash", introduced: "4.0.0", fixedIn: "4.17.21"));
        AdvisoryMatcher.Affects(affected, version, SemVerScheme.Instance).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2.3.0", true)]
    [InlineData("2.3.1", false)]
    public void Last_affected_includes_that_version_and_nothing_after(string version, bool expected)
    {
        var affected = Affected(Advisory("PYSEC-2026-1", "PyPI", "Django", introduced: "2.0", lastAffected: "2.3.0"));
        AdvisoryMatcher.Affects(affected, version, Pep440Scheme.Instance).ShouldBe(expected);
    }

    [Fact]
    public void Explicit_version_lists_match_without_a_range()
    {
        var json = Advisory("GHSA-list-0000-0000", "PyPI", "requests", introduced: "99.0", versions: ["2.19.0", "2.19.1"]);
        var affected = Affected(json);
        AdvisoryMatcher.Affects(affected, "2.19.1", Pep440Scheme.Instance).ShouldBeTrue();
        AdvisoryMatcher.Affects(affected, "2.19.1.0", Pep440Scheme.Instance).ShouldBeTrue();
        AdvisoryMatcher.Affects(affected, "2.20.0", Pep440Scheme.Instance).ShouldBeFalse();
    }

    [Fact]
    public void Limit_events_close_a_range()
    {
        var range = new AffectedRange("ECOSYSTEM", [new RangeEvent(RangeEventKind.Introduced, "0"), new RangeEvent(RangeEventKind.Limit, "2.0.0")]);
        AdvisoryMatcher.InRange(range, "1.9.9", SemVerScheme.Instance).ShouldBeTrue();
        AdvisoryMatcher.InRange(range, "2.0.0", SemVerScheme.Instance).ShouldBeFalse();
    }

    [Fact]
    public void Several_introduced_fixed_pairs_in_one_range_each_count()
    {
        var range = new AffectedRange("ECOSYSTEM",
        [
            new RangeEvent(RangeEventKind.Fixed, "1.2.5"),
            new RangeEvent(RangeEventKind.Introduced, "0"),
            new RangeEvent(RangeEventKind.Introduced, "2.0.0"),
            new RangeEvent(RangeEventKind.Fixed, "2.1.3"),
        ]);
        AdvisoryMatcher.InRange(range, "1.2.4", SemVerScheme.Instance).ShouldBeTrue();
        AdvisoryMatcher.InRange(range, "1.5.0", SemVerScheme.Instance).ShouldBeFalse();
        AdvisoryMatcher.InRange(range, "2.1.0", SemVerScheme.Instance).ShouldBeTrue();
        AdvisoryMatcher.InRange(range, "2.1.3", SemVerScheme.Instance).ShouldBeFalse();
    }

    [Fact]
    public void The_fix_offered_is_the_lowest_fixed_version_above_the_current_one()
    {
        var json = Advisory("GHSA-many-0000-0000", "npm", "minimist", introduced: "0", fixedIn: "0.2.4");
        var events = json["affected"]![0]!["ranges"]![0]!["events"]!.AsArray();
        events.Add(new JsonObject { ["introduced"] = "1.0.0" });
        events.Add(new JsonObject { ["fixed"] = "1.2.6" });
        var index = IndexOf(Ecosystems.Npm, Parse(json));

        var old = AdvisoryMatcher.Match(new ResolvedPackage("npm", "minimist", "0.2.1", true), index);
        old.Single().FixedVersion.ShouldBe("0.2.4");
        var newer = AdvisoryMatcher.Match(new ResolvedPackage("npm", "minimist", "1.2.5", true), index);
        newer.Single().FixedVersion.ShouldBe("1.2.6");
        AdvisoryMatcher.Match(new ResolvedPackage("npm", "minimist", "1.2.6", true), index).ShouldBeEmpty();
    }

    [Fact]
    public void Go_fixes_are_given_with_the_v_prefix_go_mod_uses()
    {
        var index = IndexOf(Ecosystems.Go, Parse(Advisory("GO-2099-0001", "Go", "golang.org/x/net", fixedIn: "0.17.0", rangeType: "SEMVER")));
        var match = AdvisoryMatcher.Match(new ResolvedPackage("Go", "golang.org/x/net", "v0.7.0", false), index).ShouldHaveSingleItem();
        match.FixedVersion.ShouldBe("v0.17.0");
    }

    [Fact]
    public void Go_standard_library_advisories_match_the_toolchain_version_and_name_a_toolchain_release()
    {
        var index = IndexOf(Ecosystems.Go, Parse(Advisory("GO-2099-0002", "Go", "stdlib", introduced: "1.20.0", fixedIn: "1.20.4", rangeType: "SEMVER")));
        AdvisoryMatcher.Match(new ResolvedPackage("Go", "stdlib", "1.20.3", true), index).ShouldHaveSingleItem().FixedVersion.ShouldBe("1.20.4");
        AdvisoryMatcher.Match(new ResolvedPackage("Go", "stdlib", "1.20.4", true), index).ShouldBeEmpty();
    }

    [Fact]
    public void PyPI_names_match_however_they_are_spelled()
    {
        var index = IndexOf(Ecosystems.PyPI, Parse(Advisory("PYSEC-2026-2", "PyPI", "Zope.Interface", fixedIn: "5.0")));
        AdvisoryMatcher.Match(new ResolvedPackage("PyPI", "zope-interface", "4.7", null), index).ShouldHaveSingleItem();
        AdvisoryMatcher.Match(new ResolvedPackage("PyPI", "zope_interface", "4.7", null), index).ShouldHaveSingleItem();
    }

    [Fact]
    public void Advisories_for_the_same_flaw_are_merged_through_their_aliases_keeping_every_id()
    {
        var index = IndexOf(
            Ecosystems.PyPI,
            Parse(Advisory("PYSEC-2026-7", "PyPI", "django", fixedIn: "4.2.1", aliases: ["CVE-2099-4001"], severity: "MODERATE", summary: "Fixture: SQL injection")),
            Parse(Advisory("GHSA-dj00-0000-0001", "PyPI", "django", fixedIn: "4.2.2", aliases: ["CVE-2099-4001", "PYSEC-2026-7"], cvss: CriticalVector)),
            Parse(Advisory("GHSA-dj00-0000-0002", "PyPI", "django", fixedIn: "4.2.1", aliases: ["CVE-2099-4002"])));

        var matches = AdvisoryMatcher.Match(new ResolvedPackage("PyPI", "Django", "4.2.0", true), index);

        matches.Count.ShouldBe(2);
        var merged = matches[0];
        merged.Advisory.Id.ShouldBe("GHSA-dj00-0000-0001");
        merged.Advisory.Aliases.ShouldBe(["CVE-2099-4001", "PYSEC-2026-7"], ignoreOrder: true);
        merged.Advisory.Severity.Level.ShouldBe(Severity.Critical);
        merged.FixedVersion.ShouldBe("4.2.2");
        matches[1].Advisory.Id.ShouldBe("GHSA-dj00-0000-0002");
    }

    [Fact]
    public void Severity_comes_from_the_CVSS_vector_and_else_from_the_database_label()
    {
        var scored = Parse(Advisory("GHSA-cvss-0000-0000", "npm", "a", fixedIn: "1.0.0", cvss: CriticalVector, severity: "LOW"));
        scored.Severity.Level.ShouldBe(Severity.Critical);
        scored.Severity.Score.ShouldBe(9.8);

        var labelled = Parse(Advisory("GHSA-labl-0000-0000", "npm", "a", fixedIn: "1.0.0", cvss: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", severity: "MODERATE"));
        labelled.Severity.Level.ShouldBe(Severity.Medium);
        labelled.Severity.Source.ShouldBe("database severity");

        var unrated = Parse(Advisory("GHSA-none-0000-0000", "npm", "a", fixedIn: "1.0.0"));
        unrated.Severity.Source.ShouldBe("unrated");
    }

    [Fact]
    public void Withdrawn_and_versionless_documents_are_skipped_with_a_reason()
    {
        var (withdrawn, why) = OsvParser.Parse(Encoding.UTF8.GetBytes(Advisory("GHSA-gone-0000-0000", "npm", "a", withdrawn: "2026-01-01T00:00:00Z").ToJsonString()));
        withdrawn.ShouldBeNull();
        why!.ShouldContain("withdrawn");

        var (notJson, reason) = OsvParser.Parse("{ not json"u8);
        notJson.ShouldBeNull();
        reason!.ShouldContain("not valid JSON");
    }

    private static EcosystemIndex IndexOf(string ecosystem, params Advisory[] advisories)
    {
        using var temp = new TempFolder();
        var store = new VulnIndexStore(temp.Path);
        store.Write(ecosystem, advisories, "test", DateTimeOffset.UnixEpoch);
        return store.Load(ecosystem);
    }
}
