using Plumbline.Core.Findings;

namespace Plumbline.Core.Checks;

/// <summary>Runs checks so that one broken check never sinks an audit.</summary>
public static class CheckRunner
{
    /// <summary>Runs every check; a check that throws becomes one <see cref="Outcome.Error"/> finding.</summary>
    public static IReadOnlyList<Finding> RunAll<TSnapshot>(IEnumerable<ICheck<TSnapshot>> checks, TSnapshot snapshot, ISet<string>? disabled = null)
    {
        var findings = new List<Finding>();
        foreach (var check in checks)
        {
            if (disabled?.Contains(check.Descriptor.Id) == true)
            {
                continue;
            }

            findings.AddRange(RunOne(check, snapshot));
        }

        return findings;
    }

    /// <summary>Runs one check, turning an exception into an error finding.</summary>
    public static IReadOnlyList<Finding> RunOne<TSnapshot>(ICheck<TSnapshot> check, TSnapshot snapshot)
    {
        try
        {
            return [.. check.Run(snapshot)];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var d = check.Descriptor;
            return
            [
                d.Conclude(Outcome.Error, Severity.Info,
                    $"The check '{d.Title}' failed to run: {ex.GetType().Name}: {ex.Message}",
                    Location.None, "error"),
            ];
        }
    }
}
