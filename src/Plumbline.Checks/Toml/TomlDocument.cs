using System.Globalization;
using System.Text.RegularExpressions;
using Plumbline.Core.Input;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Plumbline.Checks.Toml;

/// <summary>The one TOML reader, for manifests (Cargo.toml, pyproject.toml, Pipfile) and lockfiles (Cargo.lock,
/// poetry.lock, uv.lock): a full parser (Tomlyn), so dotted keys, literal and multi-line strings and nested tables
/// mean what TOML says, with the line each key was written on kept for findings.</summary>
internal sealed partial class TomlDocument
{
    private readonly TomlMetadataStore _metadata;

    private TomlDocument(TomlTable root, TomlMetadataStore metadata)
    {
        Root = root;
        _metadata = metadata;
    }

    /// <summary>The top-level table.</summary>
    public TomlTable Root { get; }

    /// <summary>Parses <paramref name="text"/>; a syntax error is an <see cref="InputError"/> with its line.</summary>
    public static ParseResult<TomlDocument> Read(string text, string source)
    {
        var metadata = new TomlMetadataStore();
        try
        {
            var context = new TomlModelContext(new TomlSerializerOptions { MetadataStore = metadata, SourceName = source });
            var root = TomlSerializer.Deserialize<TomlTable>(text, context) ?? [];
            return ParseResult<TomlDocument>.Ok(new TomlDocument(root, metadata));
        }
        catch (TomlException ex)
        {
            // Read through the context, a syntax error arrives wrapped in a conversion error; the innermost one names it.
            var inner = ex;
            while (inner.InnerException is TomlException deeper)
            {
                inner = deeper;
            }

            var diagnostic = inner.Diagnostics?.FirstOrDefault() ?? ex.Diagnostics?.FirstOrDefault();
            var message = diagnostic?.Message ?? WithoutPosition(inner.Message);
            var line = diagnostic is not null ? diagnostic.Span.Start.Line + 1 : inner.Line ?? ex.Line;
            return ParseResult<TomlDocument>.Fail(new InputError(source, message, line));
        }
    }

    /// <summary>The 1-based line <paramref name="key"/> was written on in <paramref name="table"/>, or null.</summary>
    public int? LineOf(TomlTable table, string key) =>
        _metadata.TryGetProperties(table, out var properties) && properties is not null && properties.TryGetProperty(key, out var property) && property is not null
            ? property.Span.Start.Line + 1
            : null;

    /// <summary>The table at <paramref name="key"/>, or null when absent or not a table.</summary>
    public static TomlTable? Table(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value as TomlTable : null;

    /// <summary>The tables of the array of tables at <paramref name="key"/> (<c>[[package]]</c>), or none.</summary>
    public static IReadOnlyList<TomlTable> Tables(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is TomlTableArray array ? [.. array] : [];

    /// <summary>The string at <paramref name="key"/>, or null when absent or not a string.</summary>
    public static string? String(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>The strings in the array at <paramref name="key"/> (other items skipped), or none.</summary>
    public static IReadOnlyList<string> Strings(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is TomlArray array ? [.. array.OfType<string>()] : [];

    /// <summary>A bool at <paramref name="key"/>, or false.</summary>
    public static bool IsTrue(TomlTable table, string key) => table.TryGetValue(key, out var value) && value is true;

    // Tomlyn's messages start "(line,column) : error : "; the line travels in the InputError instead.
    private static string WithoutPosition(string message) => Position().Replace(message.Split('\n')[0], string.Empty).Trim();

    [GeneratedRegex(@"^.*?\(\d+,\d+\)\s*:\s*error\s*:\s*")]
    private static partial Regex Position();

    internal static string Describe(InputError error) =>
        error.Line is { } line ? $"line {line.ToString(CultureInfo.InvariantCulture)}: {error.Message}" : error.Message;
}
