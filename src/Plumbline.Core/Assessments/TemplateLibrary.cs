using System.Reflection;
using Plumbline.Core.Input;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Assessments;

/// <summary>The assessment templates available: the built-in ones plus any the user adds.</summary>
public sealed class TemplateLibrary
{
    private const string ResourcePrefix = "Plumbline.Core.Assessments.Templates.";
    private static readonly Lazy<TemplateLibrary> LazyBuiltIn = new(LoadBuiltIn);
    private readonly List<AssessmentTemplate> _templates;

    private TemplateLibrary(IEnumerable<AssessmentTemplate> templates) => _templates = [.. templates];

    /// <summary>The eight templates shipped with Plumbline (validated against the built-in catalog).</summary>
    public static TemplateLibrary BuiltIn => LazyBuiltIn.Value;

    /// <summary>All templates, built-in first in their shipped order, then the user's by id.</summary>
    public IReadOnlyList<AssessmentTemplate> All => _templates;

    /// <summary>The template with this id, or null.</summary>
    public AssessmentTemplate? Find(string id) => _templates.FirstOrDefault(t => t.Id == id);

    /// <summary>The raw text of a built-in template resource, by template id (for docs and copying).</summary>
    public static string? BuiltInText(string id)
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        return assembly.GetManifestResourceNames().Contains(ResourcePrefix + id + ".yml") ? ReadResource(assembly, ResourcePrefix + id + ".yml") : null;
    }

    /// <summary>This library with the user's template files added; a user template with a built-in's id replaces it.</summary>
    /// <param name="files">Each file's text and its name for errors.</param>
    /// <param name="catalog">The catalog (built-in plus the user's) that templates' recommendations must be in.</param>
    public ParseResult<TemplateLibrary> With(IEnumerable<(string Text, string Source)> files, RecommendationCatalog catalog)
    {
        var errors = new List<InputError>();
        var added = new Dictionary<string, AssessmentTemplate>(StringComparer.Ordinal);
        foreach (var (text, source) in files)
        {
            var read = TemplateReader.Read(text, source, catalog);
            if (!read.Success)
            {
                errors.AddRange(read.Errors);
                continue;
            }

            if (added.TryGetValue(read.Value.Id, out var other))
            {
                errors.Add(new InputError(source, $"template id '{read.Value.Id}' is also used by {other.Source}; give one of them another id"));
                continue;
            }

            added[read.Value.Id] = read.Value;
        }

        if (errors.Count > 0)
        {
            return ParseResult<TemplateLibrary>.Fail(errors);
        }

        var merged = _templates.Select(t => added.Remove(t.Id, out var mine) ? mine : t).ToList();
        merged.AddRange(added.Values.OrderBy(t => t.Id, StringComparer.Ordinal));
        return ParseResult<TemplateLibrary>.Ok(new TemplateLibrary(merged));
    }

    // Shipped order: the list in the issue, so `plumb assess --list` reads like a consultant's menu.
    private static readonly string[] Order =
        ["warning-signs", "security-basics", "architecture-review", "vendor-proposal", "build-vs-buy", "automation-ai-plan", "mvp-scope", "technical-leadership"];

    private static TemplateLibrary LoadBuiltIn()
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        var templates = new List<AssessmentTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var read = TemplateReader.Read(ReadResource(assembly, name), name[ResourcePrefix.Length..], RecommendationCatalog.BuiltIn);
            if (!read.Success)
            {
                // A broken built-in template is a bug in Plumbline, not a user error.
                throw new InvalidOperationException($"Built-in template is invalid: {string.Join("; ", read.Errors)}");
            }

            templates.Add(read.Value with { BuiltIn = true });
        }

        return new TemplateLibrary(templates.OrderBy(t => Array.IndexOf(Order, t.Id) is var i && i < 0 ? int.MaxValue : i).ThenBy(t => t.Id, StringComparer.Ordinal));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
