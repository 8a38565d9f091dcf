using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Is every runtime, framework, CMS, database and base image the target runs on still supported?</summary>
public sealed class PlatformsAreSupported : ICheck<PlatformSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("PlatformsAreSupported",
        "Is every runtime, framework, CMS, database and base image the code runs on still supported (not past its end of life)?", EndOfLifeChecks.Area, "upgrade-exposed-end-of-life-platform");

    public IEnumerable<Finding> Run(PlatformSnapshot snapshot)
    {
        if (EolFindings.Precondition(Descriptor, snapshot) is { } first)
        {
            yield return first;
            yield break;
        }

        var data = snapshot.Data!;
        var (uses, unplaced) = PlatformUse.Of(snapshot);
        var past = uses.Where(u => u.Cycle.Eol.IsPast(snapshot.Today)).ToList();
        foreach (var use in past)
        {
            var exposed = use.Exposed(snapshot.ServesTheWeb);
            var recommendation = (exposed, use.Path.OneStep) switch
            {
                (true, true) => "upgrade-exposed-end-of-life-platform",
                (true, false) => "upgrade-exposed-end-of-life-platform-several-steps",
                (false, true) => "upgrade-internal-end-of-life-platform",
                (false, false) => "upgrade-internal-end-of-life-platform-several-steps",
            };
            var ended = use.Cycle.Eol.Date is { } d ? $"reached its end of life on {EolFindings.Day(d)}" : "is past its end of life";
            var target = use.Path.Target is { } t ? $" The nearest supported version is {use.Product.Title} {t.Cycle}, {use.Path.Words} away." : string.Empty;
            var where = exposed ? "It faces the internet with the application." : "It sits behind the application.";
            yield return EolFindings.Fail(Descriptor, recommendation, exposed ? Severity.High : Severity.Medium, use,
                $"{use.Name} {ended}: it no longer gets security fixes. {where}{target}", data);
        }

        foreach (var group in unplaced.GroupBy(u => u.Platform.Product))
        {
            var items = group.ToList();
            var title = data.Find(group.Key)?.Title ?? group.Key;
            yield return EolFindings.Inconclusive(Descriptor,
                $"{title} is named in {items.Count} place(s) but its end of life could not be judged: {items[0].Why} ({items[0].Platform.Where}: {items[0].Platform.Evidence}).{(items[0].Platform.Version is null ? " Pin a version (an image tag, a version file) so the platform in use is known." : string.Empty)}",
                new Location(items[0].Platform.Path, items[0].Platform.Line), group.Key,
                [.. items.Take(10).Select(i => $"{i.Platform.Where}: {i.Platform.Evidence} — {i.Why}")]);
        }

        if (past.Count == 0 && unplaced.Count == 0 && uses.Count > 0)
        {
            yield return EolFindings.Pass(Descriptor,
                $"Every platform found is supported: {string.Join(", ", uses.Select(u => u.Name))}{StaleNote(data, snapshot.Today)}.", uses, data);
        }
    }

    internal static string StaleNote(EolDatabase data, DateOnly today)
    {
        var days = data.AgeOn(today);
        return days > PlatformSnapshot.StaleDays ? $" (the end-of-life data is {days} days old; run 'plumb eoldb update' for newer dates)" : string.Empty;
    }
}
