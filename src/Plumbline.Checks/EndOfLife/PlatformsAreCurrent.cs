using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Is each supported platform within a major version or so of the newest?</summary>
public sealed class PlatformsAreCurrent : ICheck<PlatformSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("PlatformsAreCurrent",
        $"Is each supported platform fewer than {PlatformSnapshot.BehindFrom} major versions behind its newest release?", EndOfLifeChecks.Area, "catch-up-platform-major-versions");

    public IEnumerable<Finding> Run(PlatformSnapshot snapshot)
    {
        if (EolFindings.Precondition(Descriptor, snapshot) is { } first)
        {
            yield return first;
            yield break;
        }

        var data = snapshot.Data!;
        // A platform past its end of life is reported by PlatformsAreSupported, with how far behind it is.
        var supported = PlatformUse.Of(snapshot).Uses.Where(u => !u.Cycle.Eol.IsPast(snapshot.Today)).ToList();
        if (supported.Count == 0)
        {
            yield return EolFindings.NotApplicable(Descriptor, "No supported platform version was found to compare with the newest (those found are past their end of life, or their version could not be read).");
            yield break;
        }

        var behind = supported.Where(u => u.Path.Behind >= PlatformSnapshot.BehindFrom).ToList();
        foreach (var use in behind)
        {
            yield return EolFindings.Fail(Descriptor, Descriptor.RecommendationId, Severity.Low, use,
                $"{use.Name} is still supported (until {use.Cycle.Eol}) but {use.Path.Behind} major versions behind the newest, {use.Product.Title} {use.Product.Newest?.Cycle}: the longer it waits, the larger the upgrade.", data);
        }

        if (behind.Count == 0)
        {
            yield return EolFindings.Pass(Descriptor,
                $"Every supported platform found is within {PlatformSnapshot.BehindFrom - 1} major version of the newest: {string.Join(", ", supported.Select(u => u.Name))}.", supported, data);
        }
    }
}
