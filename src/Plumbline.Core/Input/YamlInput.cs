using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Input;

/// <summary>Reads a YAML document node by node, collecting errors with line and column.</summary>
/// <remarks>Every YAML format Plumbline accepts (register, catalog, templates, rules, config) is
/// read through this so that unknown fields, wrong types and syntax errors all point at the
/// place in the file the user has to change.</remarks>
public sealed class YamlInput
{
    private readonly List<InputError> _errors = [];

    private YamlInput(string source) => Source = source;

    /// <summary>The file or input name used in errors.</summary>
    public string Source { get; }

    /// <summary>Errors found so far.</summary>
    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>True when no error has been found.</summary>
    public bool Ok => _errors.Count == 0;

    /// <summary>Parses text into its root node; an empty document or a syntax error is a failure.</summary>
    public static ParseResult<(YamlInput Input, YamlNode Root)> Parse(string text, string source)
    {
        var input = new YamlInput(source);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            return ParseResult<(YamlInput, YamlNode)>.Fail(new InputError(
                source, $"YAML syntax error: {Tidy(message)}", (int)ex.Start.Line, (int)ex.Start.Column));
        }

        catch (InvalidOperationException ex)
        {
            // YamlDotNet throws this on some truncated flow collections (e.g. "on: [push"): still a syntax error.
            return ParseResult<(YamlInput, YamlNode)>.Fail(new InputError(source, $"YAML syntax error: {Tidy(ex.Message)}"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ParseResult<(YamlInput, YamlNode)>.Fail(new InputError(source, "the file is empty"));
        }

        if (stream.Documents.Count > 1)
        {
            return ParseResult<(YamlInput, YamlNode)>.Fail(new InputError(
                source, "expected one YAML document, found several (remove the extra '---')"));
        }

        return ParseResult<(YamlInput, YamlNode)>.Ok((input, stream.Documents[0].RootNode));
    }

    /// <summary>Records an error at a node's position.</summary>
    public void Error(YamlNode? node, string message)
    {
        if (node is null)
        {
            _errors.Add(new InputError(Source, message));
            return;
        }

        _errors.Add(new InputError(Source, message, (int)node.Start.Line, (int)node.Start.Column));
    }

    /// <summary>The node as a mapping, or an error naming what was expected.</summary>
    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (node is not null)
        {
            Error(node, $"{what} must be a mapping of 'key: value' lines");
        }

        return null;
    }

    /// <summary>The node as a sequence, or an error naming what was expected.</summary>
    public YamlSequenceNode? Sequence(YamlNode? node, string what)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        if (node is not null)
        {
            Error(node, $"{what} must be a list ('- ' items)");
        }

        return null;
    }

    /// <summary>Reports every key of the mapping not in <paramref name="known"/>.</summary>
    public void OnlyKeys(YamlMappingNode map, string context, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, known.Length == 0
                    ? $"unknown field '{name}' in {context}, which has no fields yet"
                    : $"unknown field '{name}' in {context} (known fields: {string.Join(", ", known)})");
            }
        }
    }

    /// <summary>The value node under a key, or null when absent.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>The keys of a mapping as strings, in file order.</summary>
    public static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(kv => ((kv.Key as YamlScalarNode)?.Value ?? string.Empty, kv.Key, kv.Value));

    /// <summary>A scalar string under a key; an error when required and missing or not a scalar.</summary>
    public string? String(YamlMappingNode map, string key, string context, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"{context} is missing the required field '{key}'");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{key}' in {context} must be a single value, not a list or mapping");
            return null;
        }

        var value = scalar.Value;
        if (required && string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' in {context} must not be empty");
            return null;
        }

        return value;
    }

    /// <summary>A number under a key, within a range; an error otherwise.</summary>
    public double? Number(YamlMappingNode map, string key, string context, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = String(map, key, context);
        if (text is null)
        {
            return null;
        }

        var node = Get(map, key);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            Error(node, $"'{key}' in {context} must be a number, not '{text}'");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, $"'{key}' in {context} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {text}");
            return null;
        }

        return value;
    }

    /// <summary>A yes/no under a key.</summary>
    public bool? Bool(YamlMappingNode map, string key, string context)
    {
        var text = String(map, key, context);
        if (text is null)
        {
            return null;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(Get(map, key), $"'{key}' in {context} must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>A date (yyyy-MM-dd) under a key.</summary>
    public DateOnly? Date(YamlMappingNode map, string key, string context)
    {
        var text = String(map, key, context);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Get(map, key), $"'{key}' in {context} must be a date like 2026-01-31, not '{text}'");
        return null;
    }

    /// <summary>A list of strings under a key; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlScalarNode scalar:
                return [scalar.Value!];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v })
                    {
                        list.Add(v);
                    }
                    else
                    {
                        Error(child, $"each entry of '{key}' in {context} must be a single value");
                    }
                }

                return list;
            default:
                Error(node, $"'{key}' in {context} must be a list of values");
                return [];
        }
    }

    private static string Tidy(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (Line..): "; we give the position ourselves.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
