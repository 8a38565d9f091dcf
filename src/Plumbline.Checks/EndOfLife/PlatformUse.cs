namespace Plumbline.Checks.EndOfLife;

/// <summary>One release cycle of one product the target runs on, with every file that says so.</summary>
public sealed record PlatformUse(KnownPlatform Known, EolProduct Product, EolCycle Cycle, IReadOnlyList<DetectedPlatform> Evidence, UpgradePath Path)
{
    /// <summary>"PHP 7.2".</summary>
    public string Name => $"{Product.Title} {Cycle.Cycle}";

    /// <summary>True when an outdated version is reachable from the internet.</summary>
    public bool Exposed(bool servesTheWeb) => Known.FacesTheWeb || (Known.Kind == PlatformKind.Runtime && servesTheWeb);

    /// <summary>The evidence lines a finding shows: each file and what it says, the dates and the source.</summary>
    public IReadOnlyList<string> EvidenceLines(EolDatabase data)
    {
        var lines = Evidence.Take(10).Select(e => $"{e.Where}: {e.Evidence}").ToList();
        if (Evidence.Count > 10) lines.Add($"and {Evidence.Count - 10} more files");
        lines.Add($"{Name}: released {(Cycle.Released is { } r ? r.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(date unknown)")}, end of life {Cycle.Eol}" +
                  (Cycle.Latest is { } l ? $", latest release {l}" : string.Empty));
        if (Path.Target is { } t) lines.Add($"Upgrade path: {Product.Title} {t.Cycle} (end of life {t.Eol}) is {Path.Words} away; {Product.Newest?.Cycle} is the newest ({Path.Behind} major version(s) ahead).");
        lines.Add($"Source: {data.SourceText}");
        if (Product.Policy is { } policy) lines.Add($"Dates from: {policy}");
        return lines;
    }

    /// <summary>The platforms found, grouped by product and cycle; those that could not be placed are returned apart.</summary>
    public static (IReadOnlyList<PlatformUse> Uses, IReadOnlyList<(DetectedPlatform Platform, string Why)> Unplaced) Of(PlatformSnapshot snapshot)
    {
        var uses = new List<PlatformUse>();
        var unplaced = new List<(DetectedPlatform, string)>();
        var data = snapshot.Data!;
        var placed = new List<(KnownPlatform Known, EolProduct Product, EolCycle Cycle, DetectedPlatform Platform)>();
        foreach (var p in snapshot.Platforms)
        {
            if (KnownPlatform.Find(p.Product) is not { } known) continue;
            if (data.Find(p.Product) is not { } product)
            {
                unplaced.Add((p, $"the end-of-life data has no '{p.Product}' product ({data.SourceText}); 'plumb eoldb update' imports it"));
            }
            else if (p.Version is null)
            {
                unplaced.Add((p, "no version can be read from it"));
            }
            else if (product.Match(p.Version) is not { } cycle)
            {
                unplaced.Add((p, product.Newest is { } newest && VersionParts.Compare(VersionParts.Of(p.Version), newest.Parts) > 0
                    ? $"version {p.Version} is newer than every {product.Title} release cycle in the data (the newest is {newest.Cycle}; {data.SourceText}), so its support dates are not known; 'plumb eoldb update' brings newer data"
                    : $"version {p.Version} matches no {product.Title} release cycle in the data ({data.SourceText})"));
            }
            else if (cycle.Eol is { Date: null, Ended: false } && !cycle.OpenEnded && data.AgeOn(snapshot.Today) > PlatformSnapshot.StaleDays)
            {
                // "No end announced" was true on the data's date; an end may have been announced and passed since.
                unplaced.Add((p, $"{product.Title} {cycle.Cycle} had no published end of life as of {EolFindings.Day(data.DataAsOf)}, and the data is {data.AgeOn(snapshot.Today)} days old, so whether it is still supported is not known; 'plumb eoldb update' brings newer data"));
            }
            else
            {
                placed.Add((known, product, cycle, p));
            }
        }

        foreach (var group in placed.GroupBy(x => (x.Product.Id, x.Cycle.Cycle)))
        {
            var first = group.First();
            uses.Add(new PlatformUse(first.Known, first.Product, first.Cycle, [.. group.Select(g => g.Platform)], UpgradePath.Of(first.Known, first.Product, first.Cycle, snapshot.Today)));
        }

        return (uses, unplaced);
    }
}
