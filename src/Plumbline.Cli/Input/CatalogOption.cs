using System.CommandLine;
using Plumbline.Core.Recommendations;

namespace Plumbline.Cli.Input;

/// <summary>The <c>--catalog FILE</c> option: the user's recommendations that extend or override the built-in ones.</summary>
internal sealed class CatalogOption
{
    public Option<string?> Option { get; } = new("--catalog")
    {
        Description = "A YAML file of recommendations that adds to or overrides the built-in catalog (docs/catalog.md)",
    };

    public static CatalogOption AddTo(Command command)
    {
        var o = new CatalogOption();
        command.Options.Add(o.Option);
        return o;
    }

    /// <summary>The built-in catalog with the user's file applied, or the errors.</summary>
    public (RecommendationCatalog? Catalog, IReadOnlyList<object> Errors) Read(ParseResult parse)
    {
        var path = parse.GetValue(Option);
        if (path is null)
        {
            return (RecommendationCatalog.BuiltIn, []);
        }

        var (text, error) = InputFile.ReadText(path, "catalog");
        if (error is not null)
        {
            return (null, [error]);
        }

        var merged = RecommendationCatalog.BuiltIn.WithOverrides(text!, path);
        return merged.Success ? (merged.Value, []) : (null, merged.Errors);
    }
}
