using System.Reflection;
using Plumbline.Core.Input;

namespace Plumbline.Core.Recommendations;

/// <summary>The recommendations Plumbline knows, built in and extended or overridden by the user.</summary>
public sealed class RecommendationCatalog
{
    private const string ResourcePrefix = "Plumbline.Core.Catalog.";
    private readonly Dictionary<string, Recommendation> _byId;

    private RecommendationCatalog(IEnumerable<Recommendation> recommendations)
    {
        _byId = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        foreach (var r in recommendations)
        {
            _byId[r.Id] = r;
        }
    }

    /// <summary>All recommendations, ordered by id.</summary>
    public IReadOnlyList<Recommendation> All => [.. _byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>The recommendation with this id, or null.</summary>
    public Recommendation? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The recommendation with this id; throws when a built-in check names an unknown id (a bug).</summary>
    public Recommendation Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No recommendation '{id}' in the catalog.");

    /// <summary>An empty catalog (tests, manual-only registers).</summary>
    public static RecommendationCatalog Empty { get; } = new([]);

    /// <summary>The catalog built into Plumbline: every <c>Catalog/*.yml</c> resource of Core.</summary>
    public static RecommendationCatalog BuiltIn => LazyBuiltIn.Value;

    private static readonly Lazy<RecommendationCatalog> LazyBuiltIn = new(LoadBuiltIn);

    /// <summary>A catalog from the given recommendations.</summary>
    public static RecommendationCatalog From(IEnumerable<Recommendation> recommendations) => new(recommendations);

    /// <summary>This catalog with a user's YAML applied: new ids are added, known ids are overridden field by field.</summary>
    public ParseResult<RecommendationCatalog> WithOverrides(string yaml, string source)
    {
        var read = CatalogReader.Read(yaml, source, this);
        if (!read.Success)
        {
            return ParseResult<RecommendationCatalog>.Fail(read.Errors);
        }

        var merged = new Dictionary<string, Recommendation>(_byId, StringComparer.Ordinal);
        foreach (var r in read.Value)
        {
            merged[r.Id] = r;
        }

        return ParseResult<RecommendationCatalog>.Ok(new RecommendationCatalog(merged.Values));
    }

    /// <summary>This catalog with one recommendation replaced or added.</summary>
    public RecommendationCatalog With(Recommendation recommendation)
    {
        var merged = new Dictionary<string, Recommendation>(_byId, StringComparer.Ordinal) { [recommendation.Id] = recommendation };
        return new RecommendationCatalog(merged.Values);
    }

    private static RecommendationCatalog LoadBuiltIn()
    {
        var assembly = typeof(RecommendationCatalog).Assembly;
        var catalog = Empty;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = ReadResource(assembly, name);
            var read = CatalogReader.Read(text, name[ResourcePrefix.Length..], catalog, allowOverride: false);
            if (!read.Success)
            {
                // A broken built-in catalog is a bug in Plumbline, not a user error.
                throw new InvalidOperationException($"Built-in catalog is invalid: {string.Join("; ", read.Errors)}");
            }

            catalog = From(catalog.All.Concat(read.Value));
        }

        return catalog;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
