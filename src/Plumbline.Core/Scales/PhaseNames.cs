namespace Plumbline.Core.Scales;

/// <summary>Names of phases as people write and read them.</summary>
public static class PhaseNames
{
    /// <summary>The label: "Immediate fixes", "Risk reduction", ...</summary>
    public static string Label(this Phase phase) => phase switch
    {
        Phase.ImmediateFixes => "Immediate fixes",
        Phase.RiskReduction => "Risk reduction",
        Phase.FirstUsefulAutomation => "First useful automation",
        Phase.SecurityBasics => "Security basics",
        Phase.DataCleanup => "Data cleanup",
        Phase.Integrations => "Integrations",
        Phase.Mvp => "MVP",
        Phase.MaintenancePlan => "Maintenance plan",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>The kebab form used in files: <c>immediate-fixes</c>.</summary>
    public static string Key(this Phase phase) => phase switch
    {
        Phase.ImmediateFixes => "immediate-fixes",
        Phase.RiskReduction => "risk-reduction",
        Phase.FirstUsefulAutomation => "first-useful-automation",
        Phase.SecurityBasics => "security-basics",
        Phase.DataCleanup => "data-cleanup",
        Phase.Integrations => "integrations",
        Phase.Mvp => "mvp",
        Phase.MaintenancePlan => "maintenance-plan",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>Reads a phase from its key, label or enum name, ignoring case, spaces and dashes.</summary>
    public static bool TryParse(string? text, out Phase phase)
    {
        var key = Normalise(text);
        foreach (var p in Enum.GetValues<Phase>())
        {
            if (Normalise(p.Key()) == key || Normalise(p.Label()) == key || Normalise(p.ToString()) == key)
            {
                phase = p;
                return true;
            }
        }

        phase = default;
        return false;
    }

    /// <summary>All keys, for error messages.</summary>
    public static string AllKeys => string.Join(", ", Enum.GetValues<Phase>().Select(p => p.Key()));

    private static string Normalise(string? text) =>
        new((text ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
