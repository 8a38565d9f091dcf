namespace Plumbline.Core.Scales;

/// <summary>How much fixing an item matters to the business, from 1 (minimal) to 5 (critical).</summary>
public readonly record struct Impact
{
    /// <summary>Creates an impact; throws outside 1–5 (user input is validated before this).</summary>
    public Impact(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5);
        Value = value;
    }

    /// <summary>The level, 1 to 5.</summary>
    public int Value { get; }

    /// <summary>1: nice to have; nobody would notice for months.</summary>
    public static Impact Minimal => new(1);

    /// <summary>2: a small, local improvement.</summary>
    public static Impact Low => new(2);

    /// <summary>3: a real improvement to risk, cost or time.</summary>
    public static Impact Moderate => new(3);

    /// <summary>4: removes a serious risk or a daily cost.</summary>
    public static Impact High => new(4);

    /// <summary>5: the business is exposed until this is fixed.</summary>
    public static Impact Critical => new(5);

    /// <summary>The level's name.</summary>
    public string Name => Value switch
    {
        1 => "Minimal",
        2 => "Low",
        3 => "Moderate",
        4 => "High",
        _ => "Critical",
    };

    /// <summary>Reads 1–5 or a level name (case-insensitive).</summary>
    public static bool TryParse(string? text, out Impact impact)
    {
        impact = default;
        var value = ScaleText.Parse(text, ["minimal", "low", "moderate", "high", "critical"]);
        if (value is null)
        {
            return false;
        }

        impact = new Impact(value.Value);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Value} ({Name})";
}
