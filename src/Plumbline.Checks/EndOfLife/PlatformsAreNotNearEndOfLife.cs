using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Does any supported platform reach its end of life within six months?</summary>
public sealed class PlatformsAreNotNearEndOfLife : ICheck<PlatformSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("PlatformsAreNotNearEndOfLife",
        "Are the supported platforms more than six months from their end of life?", EndOfLifeChecks.Area, "upgrade-platform-before-end-of-life");

    public IEnumerable<Finding> Run(PlatformSnapshot snapshot)
    {
        if (EolFindings.Precondition(Descriptor, snapshot) is { } first)
        {
            yield return first;
            yield break;
        }

        var data = snapshot.Data!;
        var supported = PlatformUse.Of(snapshot).Uses.Where(u => !u.Cycle.Eol.IsPast(snapshot.Today)).ToList();
        if (supported.Count == 0)
        {
            yield return EolFindings.NotApplicable(Descriptor, "No supported platform version was found to look ahead for (those found are past their end of life, or their version could not be read).");
            yield break;
        }

        var near = supported.Where(u => u.Cycle.Eol.EndsWithin(snapshot.Today, PlatformSnapshot.NearMonths)).ToList();
        foreach (var use in near)
        {
            var date = use.Cycle.Eol.Date!.Value;
            var days = date.DayNumber - snapshot.Today.DayNumber;
            var target = use.Path.Target is { } t ? $" Upgrade to {use.Product.Title} {t.Cycle} ({use.Path.Words}) before then." : string.Empty;
            yield return EolFindings.Fail(Descriptor, Descriptor.RecommendationId, Severity.Medium, use,
                $"{use.Name} reaches its end of life on {EolFindings.Day(date)}, in {days} days; after that it gets no security fixes.{target}", data);
        }

        if (near.Count == 0)
        {
            yield return EolFindings.Pass(Descriptor,
                $"No supported platform found ends within {PlatformSnapshot.NearMonths} months: {string.Join(", ", supported.Select(u => $"{u.Name} ({u.Cycle.Eol})"))}{PlatformsAreSupported.StaleNote(data, snapshot.Today)}.", supported, data);
        }
    }
}
