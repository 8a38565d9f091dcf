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
                // Go advisories write SEMVER versions without the "v" that go.mod and `go get` use (the toolchain's own go1.x.y aside).
                if (fix is not null && package.Ecosystem == Ecosystems.Go && package.Name != "stdlib" && !fix.StartsWith('v'))
                {
                    fix = "v" + fix;
                }

                matches.Add(new AdvisoryMatch(advisory, fix));
            }
        }

        return MergeAliases(matches, scheme);
    }

    /// <summary>One match per flaw: advisories that name each other through their ids or aliases (a GHSA and a PYSEC
    /// entry for the same CVE) become one, under the id that sorts first, with every other id kept as an alias, the worse
    /// severity, and the higher fixed version (so following it fixes the flaw by every database's account).</summary>
    public static IReadOnlyList<AdvisoryMatch> MergeAliases(IReadOnlyList<AdvisoryMatch> matches, IVersionScheme scheme)
    {
        if (matches.Count < 2) return matches;
        var groups = new List<List<AdvisoryMatch>>();
        foreach (var match in matches)
        {
            var names = Names(match.Advisory);
            var joined = groups.Where(g => g.Any(m => Names(m.Advisory).Overlaps(names))).ToList();
            var group = new List<AdvisoryMatch> { match };
            foreach (var g in joined)
            {
                group.AddRange(g);
                groups.Remove(g);
            }

            groups.Add(group);
        }

        return [.. groups.Select(g => g.Count == 1 ? g[0] : Merge(g, scheme)).OrderBy(m => m.Advisory.Id, StringComparer.Ordinal)];
    }

    private static HashSet<string> Names(Advisory a) => new([a.Id, .. a.Aliases], StringComparer.OrdinalIgnoreCase);

    private static AdvisoryMatch Merge(List<AdvisoryMatch> group, IVersionScheme scheme)
    {
        var ordered = group.OrderBy(m => m.Advisory.Id, StringComparer.Ordinal).ToList();
        var primary = ordered[0].Advisory;
        var aliases = ordered.SelectMany(m => m.Advisory.Id == primary.Id ? m.Advisory.Aliases : [m.Advisory.Id, .. m.Advisory.Aliases])
            .Where(a => !string.Equals(a, primary.Id, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var severity = ordered.Select(m => m.Advisory.Severity).OrderByDescending(s => s.Level).ThenByDescending(s => s.Score ?? -1).First();
        var fixes = ordered.Select(m => m.FixedVersion).OfType<string>().ToList();
        var fix = fixes.Count == 0 ? null : fixes.Aggregate((a, b) => scheme.Compare(a, b) >= 0 ? a : b);
        var merged = primary with
        {
            Aliases = aliases,
            Summary = ordered.Select(m => m.Advisory.Summary).FirstOrDefault(x => x is not null),
            Severity = severity,
        };
        return new AdvisoryMatch(merged, fix);
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
