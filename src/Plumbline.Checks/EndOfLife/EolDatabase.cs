using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Release and end-of-life data for the products Plumbline detects, as of one date.</summary>
/// <param name="DataAsOf">The newest release date in the data: the day the snapshot was last true.</param>
/// <param name="Products">The products by id.</param>
public sealed record EolDatabase(DateOnly DataAsOf, IReadOnlyDictionary<string, EolProduct> Products)
{
    /// <summary>How findings name data imported from the endoflife.date project.</summary>
    public const string EndOfLifeDate = "endoflife.date (MIT licence)";

    /// <summary>Where the data comes from, for reports and findings.</summary>
    public string Attribution { get; init; } = EndOfLifeDate;

    /// <summary>When it was imported with <c>plumb eoldb update</c>; null for the snapshot built into plumb.</summary>
    public DateTimeOffset? ImportedAt { get; init; }

    /// <summary>Where it was loaded from: the data file's path, or "built in".</summary>
    public string Origin { get; init; } = "built in";

    /// <summary>"endoflife.date (MIT licence), data as of 2026-08-22".</summary>
    public string SourceText => $"{Attribution}, data as of {DataAsOf:yyyy-MM-dd}";

    /// <summary>Days from the data's date to <paramref name="today"/>.</summary>
    public int AgeOn(DateOnly today) => today.DayNumber - DataAsOf.DayNumber;

    /// <summary>The product with this id, or null.</summary>
    public EolProduct? Find(string id) => Products.GetValueOrDefault(id);

    /// <summary>The compact JSON form written by <c>plumb eoldb update</c> and built into plumb.</summary>
    public string ToJson()
    {
        var products = new JsonObject();
        foreach (var p in Products.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var cycles = new JsonArray();
            foreach (var c in p.Cycles)
            {
                var o = new JsonObject { ["cycle"] = c.Cycle };
                if (c.Released is { } r) o["released"] = Day(r);
                o["eol"] = Mark(c.Eol);
                if (c.ActiveSupport is { } a) o["activeSupport"] = Mark(a);
                if (c.Lts) o["lts"] = true;
                if (c.Latest is { } l) o["latest"] = l;
                cycles.Add((JsonNode)o);
            }

            var product = new JsonObject { ["title"] = p.Title };
            if (p.Policy is { } policy) product["policy"] = policy;
            product["cycles"] = cycles;
            products[p.Id] = product;
        }

        var root = new JsonObject
        {
            ["source"] = "https://endoflife.date",
            ["licence"] = "MIT",
            ["dataAsOf"] = Day(DataAsOf),
        };
        if (ImportedAt is { } at) root["importedAt"] = at.ToString("O", CultureInfo.InvariantCulture);
        root["products"] = products;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n";
    }

    /// <summary>Reads the JSON form; throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when it is not one.</summary>
    public static EolDatabase FromJson(string json, string source)
    {
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException($"{source}: empty");
            var asOf = DateOnly.ParseExact(root["dataAsOf"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateTimeOffset? imported = root["importedAt"] is { } i ? DateTimeOffset.Parse(i.GetValue<string>(), CultureInfo.InvariantCulture) : null;
            var products = new Dictionary<string, EolProduct>(StringComparer.Ordinal);
            foreach (var (id, node) in root["products"]!.AsObject())
            {
                var cycles = node!["cycles"]!.AsArray().Select(c => new EolCycle(
                    c!["cycle"]!.GetValue<string>(),
                    c["released"] is { } r ? DateOnly.ParseExact(r.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    ReadMark(c["eol"]) ?? EolMark.None,
                    ReadMark(c["activeSupport"]),
                    c["lts"]?.GetValue<bool>() ?? false,
                    c["latest"]?.GetValue<string>())).ToList();
                products[id] = new EolProduct(id, node["title"]?.GetValue<string>() ?? id, cycles) { Policy = node["policy"]?.GetValue<string>() };
            }

            return new EolDatabase(asOf, products) { ImportedAt = imported, Origin = source };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NullReferenceException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{source} is not a Plumbline end-of-life data file ({ex.Message}); run 'plumb eoldb update' again.", ex);
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonValue Mark(EolMark m) => m.Date is { } d ? JsonValue.Create(Day(d)) : JsonValue.Create(m.Ended);

    private static EolMark? ReadMark(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new EolMark(null, v.GetValue<bool>()),
        _ => EolMark.Parse(node.GetValue<string>()),
    };
}
