using Plumbline.Core.Assessments;
using Plumbline.Core.Recommendations;

namespace Plumbline.Cli.Assess;

/// <summary>Reads the user's templates from <c>--templates DIR</c> (every *.yml and *.yaml file) into the library.</summary>
internal static class TemplateFolder
{
    public static (TemplateLibrary? Library, IReadOnlyList<object> Errors) Load(string? folder, RecommendationCatalog catalog)
    {
        if (folder is null)
        {
            return (TemplateLibrary.BuiltIn, []);
        }

        if (!Directory.Exists(folder))
        {
            return (null, [$"--templates {folder}: no such folder; give a folder of template files (docs/assessments.md)"]);
        }

        var files = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var (text, error) = Input.InputFile.ReadText(path, "template");
            if (text is null)
            {
                return (null, [error!]);
            }

            files.Add((text, path));
        }

        if (files.Count == 0)
        {
            return (null, [$"--templates {folder}: no .yml template files in this folder"]);
        }

        var merged = TemplateLibrary.BuiltIn.With(files, catalog);
        return merged.Success ? (merged.Value, []) : (null, [.. merged.Errors.Cast<object>()]);
    }
}
