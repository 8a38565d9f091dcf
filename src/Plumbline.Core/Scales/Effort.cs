namespace Plumbline.Core.Scales;

/// <summary>How much work an item takes, from 1 (trivial) to 5 (major).</summary>
/// <remarks>Each level maps to an hour estimate used by the planner when an item has none of
/// its own: see <see cref="DefaultHours"/> and docs/prioritisation.md.</remarks>
public readonly record struct Effort
{
    /// <summary>Creates an effort; throws outside 1–5 (user input is validated before this).</summary>
    public Effort(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5);
        Value = value;
    }

    /// <summary>The level, 1 to 5.</summary>
    public int Value { get; }

    /// <summary>1: an hour or two.</summary>
    public static Effort Trivial => new(1);

    /// <summary>2: about a day.</summary>
    public static Effort Small => new(2);

    /// <summary>3: a few days.</summary>
    public static Effort Medium => new(3);

    /// <summary>4: about two weeks of work.</summary>
    public static Effort Large => new(4);

    /// <summary>5: a month or more; a project of its own.</summary>
    public static Effort Major => new(5);

    /// <summary>The level's name.</summary>
    public string Name => Value switch
    {
        1 => "Trivial",
        2 => "Small",
        3 => "Medium",
        4 => "Large",
        _ => "Major",
    };

    /// <summary>The planner's hour estimate for this level: 2, 8, 24, 80, 200.</summary>
    public double DefaultHours => Value switch
    {
        1 => 2,
        2 => 8,
        3 => 24,
        4 => 80,
        _ => 200,
    };

    /// <summary>Reads 1–5 or a level name (case-insensitive).</summary>
    public static bool TryParse(string? text, out Effort effort)
    {
        effort = default;
        var value = ScaleText.Parse(text, ["trivial", "small", "medium", "large", "major"]);
        if (value is null)
        {
            return false;
        }

        effort = new Effort(value.Value);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Value} ({Name})";
}
