using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Checks.Vulnerabilities.Lockfiles;
using Plumbline.Checks.Vulnerabilities.Osv;
using Plumbline.Checks.Vulnerabilities.Versions;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>Decides whether a resolved package version is affected by OSV advisories, and which version fixes it.</summary>
public static class AdvisoryMatcher
{
    /// <summary>The advisories affecting the package, each with the lowest fixed version above the current one (null when none is known).</summary>
    public static IReadOnlyList<AdvisoryMatch> Match(ResolvedPackage package, EcosystemIndex index)
    {
        var scheme = VersionSchemes.For(package.Ecosystem);
        var wanted = Ecosystems.NormaliseName(package.Ecosystem, package.Name);
        var matches = new List<AdvisoryMatch>();
        foreach (var advisory in index.For(package.Name))
        {
            var hit = false;
            string? fix = null;
            foreach (var affected in advisory.Affected)
            {
                if (!string.Equals(Ecosystems.NormaliseName(package.Ecosystem, affected.Name), wanted, StringComparison.Ordinal) || !Affects(affected, package.Version, scheme))
                {
                    continue;
                }

                hit = true;
                foreach (var range in affected.Ranges)
                {
                    var rangeScheme = range.Type == "SEMVER" ? SemVerScheme.Instance : scheme;
                    foreach (var e in range.Events.Where(e => e.Kind == RangeEventKind.Fixed))
                    {
                        if (rangeScheme.Compare(e.Version, package.Version) > 0 && (fix is null || rangeScheme.Compare(e.Version, fix) < 0))
                        {
                            fix = e.Version;
                        }
                    }
                }
            }

            if (hit)
            {
                // Go advisories write SEMVER versions without the "v" that go.mod and `go get` use.
                if (fix is not null && package.Ecosystem == Ecosystems.Go && !fix.StartsWith('v'))
                {
                    fix = "v" + fix;
                }

                matches.Add(new AdvisoryMatch(advisory, fix));
            }
        }

        return matches;
    }

    /// <summary>True when the version is in the explicit list or inside one of the ranges.</summary>
    public static bool Affects(AffectedPackage affected, string version, IVersionScheme scheme)
    {
        if (affected.Versions.Any(v => string.Equals(v, version, StringComparison.Ordinal) || scheme.Compare(v, version) == 0))
        {
            return true;
        }

        return affected.Ranges.Any(r => InRange(r, version, r.Type == "SEMVER" ? SemVerScheme.Instance : scheme));
    }

    /// <summary>OSV's evaluation: walk the events in version order; an introduced at or below the version opens the range,
    /// a fixed or limit at or below it (or a last_affected below it) closes it again.</summary>
    public static bool InRange(AffectedRange range, string version, IVersionScheme scheme)
    {
        var events = range.Events
            .OrderBy(e => e, Comparer<RangeEvent>.Create((a, b) =>
            {
                var c = CompareEventVersion(a.Version, b.Version, scheme);

                // At the same version, close before opening so "fixed: 2, introduced: 2" reads as re-introduced.
                return c != 0 ? c : Opening(a).CompareTo(Opening(b));
            }))
            .ToList();
        var affected = false;
        foreach (var e in events)
        {
            var c = e.Version == "0" ? 1 : scheme.Compare(version, e.Version);
            switch (e.Kind)
            {
                case RangeEventKind.Introduced when c >= 0:
                    affected = true;
                    break;
                case RangeEventKind.Fixed or RangeEventKind.Limit when c >= 0:
                    affected = false;
                    break;
                case RangeEventKind.LastAffected when c > 0:
                    affected = false;
                    break;
            }
        }

        return affected;
    }

    private static int Opening(RangeEvent e) => e.Kind == RangeEventKind.Introduced ? 1 : 0;

    private static int CompareEventVersion(string a, string b, IVersionScheme scheme) => (a == "0", b == "0") switch
    {
        (true, true) => 0,
        (true, false) => -1,
        (false, true) => 1,
        _ => scheme.Compare(a, b),
    };
}

/// <summary>An advisory that affects a package version, and the lowest version above it that fixes it (null when none is published).</summary>
public sealed record AdvisoryMatch(Advisory Advisory, string? FixedVersion);
