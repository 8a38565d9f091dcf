using System.Diagnostics.CodeAnalysis;

namespace Plumbline.Core.Input;

/// <summary>A value read from user input, or the errors that stopped it being read.</summary>
/// <remarks>Expected failures are values; bugs throw.</remarks>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, IReadOnlyList<InputError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>Problems that did not stop the read, such as a line skipped; the caller says what they cost.</summary>
    public IReadOnlyList<InputError> Warnings { get; private init; } = [];

    /// <summary>True when a value was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Errors.Count == 0;

    /// <summary>The value; throws when reading failed.</summary>
    public T Value => Success ? _value! : throw new InvalidOperationException(
        $"No value: {string.Join("; ", Errors)}");

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok(T value) => new(value, []);

    /// <summary>A successful result that skipped what <paramref name="warnings"/> name.</summary>
    public static ParseResult<T> Ok(T value, IReadOnlyList<InputError> warnings) => new(value, []) { Warnings = warnings };

    /// <summary>A failed result with at least one error.</summary>
    public static ParseResult<T> Fail(IReadOnlyList<InputError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs an error.", nameof(errors)) : new(default, errors);

    /// <summary>A failed result with one error.</summary>
    public static ParseResult<T> Fail(InputError error) => new(default, [error]);
}
