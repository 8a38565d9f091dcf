namespace Plumbline.Core.Input;

/// <summary>A problem with something the user gave us, pointing at where it is.</summary>
/// <param name="Source">The file or input name, as the user wrote it.</param>
/// <param name="Message">What is wrong and, where possible, what to do.</param>
/// <param name="Line">A 1-based line, when known.</param>
/// <param name="Column">A 1-based column, when known.</param>
public sealed record InputError(string Source, string Message, int? Line = null, int? Column = null)
{
    /// <summary>The one-line form: <c>register.yml:12:5: impact must be 1 to 5</c>.</summary>
    public override string ToString() => (Line, Column) switch
    {
        ({ } l, { } c) => $"{Source}:{l}:{c}: {Message}",
        ({ } l, null) => $"{Source}:{l}: {Message}",
        _ => $"{Source}: {Message}",
    };
}
