using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Versions;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class VersionOrderingTests
{
    // Each row: versions in ascending order; neighbours must compare strictly less, in both directions.
    public static TheoryData<string, string[]> Ascending => new()
    {
        { Ecosystems.Npm, ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.9.0", "1.10.0", "2.0.0"] },
        { Ecosystems.CratesIo, ["0.9.9", "0.10.0", "1.0.0-rc.1", "1.0.0"] },
        { Ecosystems.Go, ["v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20200101000000-0123456789ab", "v0.1.0", "v1.2.3", "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4", "v2.0.0+incompatible", "v2.1.0"] },
        { Ecosystems.PyPI, ["1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1", "2.0", "1!0.5"] },
        { Ecosystems.NuGet, ["1.0.0-alpha", "1.0.0-alpha.2", "1.0.0-alpha.10", "1.0.0-beta", "1.0.0", "1.0.0.1", "1.2.3", "1.2.3.4", "1.2.3.5", "1.10.0"] },
        { Ecosystems.RubyGems, ["1.0.a", "1.0.b", "1.0.0.pre", "1.0.0.rc1", "1.0", "1.0.1", "1.9", "1.10", "2.0.0.beta2", "2.0.0.rc1", "2.0.0", "5.2.4", "5.2.4.3"] },
        { Ecosystems.Maven, ["1.0-alpha-1", "1.0-beta", "1.0-M1", "1.0-rc1", "1.0-SNAPSHOT", "1.0", "1.0-sp1", "1.0.1", "1.9", "1.10", "2.13.4", "2.13.4.2"] },

        // Maven's "-" opens a nested list: 2.0-1 is a build of 2.0, older than 2.0.1; unknown qualifiers come after a release.
        { Ecosystems.Maven, ["2.0", "2.0-1", "2.0-2", "2.0.1", "2.0.1-klm", "2.0.1-lmn", "2.0.1-xyz", "2.0.1-123"] },

        // a, b and m are alpha, beta and milestone only when a number follows; alone they are ordinary qualifiers.
        { Ecosystems.Maven, ["1-alpha-1", "1-beta-1", "1-milestone-1", "1", "1-a", "1-b", "1-m"] },
        { Ecosystems.Packagist, ["1.0.0-dev", "1.0.0-alpha1", "1.0.0-beta2", "1.0.0-RC1", "1.0.0", "1.0.0.1", "1.0.0-p1", "1.0.1", "v2.0.0"] },

        // PHP's version_compare, as OSV orders Packagist: every number after a pre-release word counts, a word starting
        // with p ranks as a patch, an unknown word below dev, and a version with one more number is newer.
        { Ecosystems.Packagist, ["4.3-2beta5", "4.3-2RC1", "4.3-2RC2", "4.3-2", "4.3-2.1"] },
        { Ecosystems.Packagist, ["1.0-stable", "1.0-dev", "1.0", "1.0.0", "1.0.0-post1"] },
        { Ecosystems.Packagist, ["2.0.0-beta.1", "2.0.0-beta.1.2", "2.0.0-beta.2"] },
    };

    public static TheoryData<string, string, string> Equal => new()
    {
        { Ecosystems.Npm, "1.0.0+build.1", "1.0.0+build.2" },
        { Ecosystems.Npm, "v1.2.3", "1.2.3" },
        { Ecosystems.Go, "v2.0.0+incompatible", "v2.0.0" },
        { Ecosystems.PyPI, "1.0", "1.0.0" },
        { Ecosystems.PyPI, "1.0-1", "1.0.post1" },
        { Ecosystems.PyPI, "1.0alpha1", "1.0a1" },
        { Ecosystems.PyPI, "1.0c1", "1.0rc1" },
        { Ecosystems.PyPI, "0!1.0", "1.0" },
        { Ecosystems.NuGet, "1.0", "1.0.0.0" },
        { Ecosystems.NuGet, "1.0.0-Beta", "1.0.0-beta" },
        { Ecosystems.NuGet, "1.0.0+meta", "1.0.0" },
        { Ecosystems.RubyGems, "1.0", "1" },
        { Ecosystems.RubyGems, "1.0.0", "1" },
        { Ecosystems.Maven, "1.0", "1.0.0" },
        { Ecosystems.Maven, "1.0-final", "1.0" },
        { Ecosystems.Maven, "1.0-ga", "1" },
        { Ecosystems.Maven, "1.0-RC1", "1.0-cr1" },
        { Ecosystems.Maven, "1a1", "1-alpha-1" },
        { Ecosystems.Maven, "1m3", "1-milestone-3" },
        { Ecosystems.Maven, "1.0.0x", "1-x" },
        { Ecosystems.Maven, "1", "1.0-0" },
        { Ecosystems.Maven, "1.1", "1.01" },
        { Ecosystems.Packagist, "v2.0.0", "2.0.0" },
        { Ecosystems.Packagist, "1.0.0rc2", "1.0.0.rc2" },
        { Ecosystems.Packagist, "1.0RC1", "1.0rc1" },
    };

    [Theory]
    [MemberData(nameof(Ascending))]
    public void Versions_order_as_their_ecosystem_defines(string ecosystem, string[] ascending)
    {
        var scheme = VersionSchemes.For(ecosystem);
        for (var i = 0; i + 1 < ascending.Length; i++)
        {
            scheme.Compare(ascending[i], ascending[i + 1]).ShouldBeLessThan(0, $"{scheme.Name}: {ascending[i]} < {ascending[i + 1]}");
            scheme.Compare(ascending[i + 1], ascending[i]).ShouldBeGreaterThan(0, $"{scheme.Name}: {ascending[i + 1]} > {ascending[i]}");
        }

        // Sorting a shuffled copy gives the table back: the order is total and consistent.
        var shuffled = ascending.Reverse().ToList();
        shuffled.Sort(scheme.Compare);
        shuffled.ShouldBe(ascending);
    }

    [Theory]
    [MemberData(nameof(Equal))]
    public void Spellings_of_the_same_version_compare_equal(string ecosystem, string a, string b)
    {
        var scheme = VersionSchemes.For(ecosystem);
        scheme.Compare(a, b).ShouldBe(0, $"{scheme.Name}: {a} == {b}");
        scheme.Compare(b, a).ShouldBe(0);
    }

    [Fact]
    public void Unknown_ecosystems_fall_back_to_a_numeric_aware_order()
    {
        var scheme = VersionSchemes.For("Hackage");
        scheme.Compare("1.9", "1.10").ShouldBeLessThan(0);
        scheme.Compare("1.0rc1", "1.0.1").ShouldBeLessThan(0);
    }

    [Fact]
    public void Text_that_is_not_PEP_440_still_compares_without_throwing()
    {
        Pep440Scheme.Instance.Compare("2004d", "2005a").ShouldBeLessThan(0);
    }
}
