using System.Globalization;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Register;

/// <summary>Reads the register file format documented in docs/register.md.</summary>
public static class RegisterReader
{
    private static readonly string[] TopFields = ["name", "planning", "items"];
    private static readonly string[] PlanningFields = ["start", "capacity", "budget", "include-skip-for-now"];
    private static readonly string[] BudgetFields = ["hours", "money", "hourly-rate", "currency"];
    private static readonly string[] ItemFields =
        ["id", "title", "description", "impact", "effort", "phase", "owner", "estimate", "cost", "depends-on", "status", "recommendation"];

    /// <summary>Reads a register; every problem is reported with its line and column.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="source">The file name for errors.</param>
    /// <param name="today">The start date used when the file gives none.</param>
    /// <param name="catalog">Recommendations an item may name to take its defaults from.</param>
    public static ParseResult<Register> Read(string yaml, string source, DateOnly today, RecommendationCatalog? catalog = null)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<Register>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the register");
        if (top is null)
        {
            return ParseResult<Register>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the register", TopFields);
        var name = input.String(top, "name", "the register") ?? Path.GetFileNameWithoutExtension(source);
        var settings = ReadPlanning(input, YamlInput.Get(top, "planning"), today);
        var items = ReadItems(input, top, catalog ?? RecommendationCatalog.BuiltIn);

        if (!input.Ok)
        {
            return ParseResult<Register>.Fail(input.Errors);
        }

        var register = new Register(name, settings, items);
        var plan = RoadmapPlanner.Plan(items, settings, source);
        return plan.Success ? ParseResult<Register>.Ok(register) : ParseResult<Register>.Fail(plan.Errors);
    }

    private static PlanSettings ReadPlanning(YamlInput input, YamlNode? node, DateOnly today)
    {
        var map = input.Mapping(node, "'planning'");
        if (map is null)
        {
            return new PlanSettings(today, PlanSettings.DefaultCapacityHoursPerWeek);
        }

        const string ctx = "'planning'";
        input.OnlyKeys(map, ctx, PlanningFields);
        var start = input.Date(map, "start", ctx) ?? today;
        var capacity = input.Number(map, "capacity", ctx, 0.5, 168) ?? PlanSettings.DefaultCapacityHoursPerWeek;
        var includeSkip = input.Bool(map, "include-skip-for-now", ctx) ?? false;
        Budget? budget = null;
        if (input.Mapping(YamlInput.Get(map, "budget"), "'budget'") is { } b)
        {
            input.OnlyKeys(b, "'budget'", BudgetFields);
            var hours = input.Number(b, "hours", "'budget'", 0);
            var money = input.Number(b, "money", "'budget'", 0);
            var rate = input.Number(b, "hourly-rate", "'budget'", 0);
            var currency = input.String(b, "currency", "'budget'");
            if (hours is null && money is null)
            {
                input.Error(b, "'budget' needs 'hours', 'money' or both");
            }

            budget = new Budget(hours, (decimal?)money, (decimal?)rate, currency);
        }

        return new PlanSettings(start, capacity, budget, includeSkip);
    }

    private static List<Item> ReadItems(YamlInput input, YamlMappingNode top, RecommendationCatalog catalog)
    {
        var items = new List<Item>();
        var itemsNode = YamlInput.Get(top, "items");
        if (itemsNode is null)
        {
            input.Error(top, "the register has no 'items' list");
            return items;
        }

        var seq = input.Sequence(itemsNode, "'items'");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in seq?.Children ?? [])
        {
            var map = input.Mapping(node, "an item");
            if (map is null)
            {
                continue;
            }

            var item = ReadItem(input, map, catalog);
            if (item is null)
            {
                continue;
            }

            if (!ids.Add(item.Id))
            {
                input.Error(map, $"two items have the id '{item.Id}'; give one of them its own 'id'");
                continue;
            }

            items.Add(item);
        }

        // Unknown dependencies are reported at the line that names them.
        foreach (var node in seq?.Children.OfType<YamlMappingNode>() ?? [])
        {
            if (YamlInput.Get(node, "depends-on") is { } deps)
            {
                foreach (var dep in deps is YamlSequenceNode s ? s.Children : [deps])
                {
                    if (dep is YamlScalarNode { Value: { Length: > 0 } id } && !ids.Contains(id))
                    {
                        input.Error(dep, $"depends-on names '{id}', which is not an item id in this register");
                    }
                }
            }
        }

        return items;
    }

    private static Item? ReadItem(YamlInput input, YamlMappingNode map, RecommendationCatalog catalog)
    {
        input.OnlyKeys(map, "an item", ItemFields);
        var title = input.String(map, "title", "an item", required: true);
        if (title is null)
        {
            return null;
        }

        var ctx = $"item '{title}'";
        var id = input.String(map, "id", ctx) ?? Slug.Of(title);
        if (id.Length == 0)
        {
            input.Error(map, $"{ctx} needs an 'id' (its title has no letters or digits)");
            return null;
        }

        Recommendation? recommendation = null;
        if (input.String(map, "recommendation", ctx) is { } recId)
        {
            recommendation = catalog.Find(recId);
            if (recommendation is null)
            {
                input.Error(YamlInput.Get(map, "recommendation"), $"{ctx} names recommendation '{recId}', which is not in the catalog (see 'plumb catalog')");
            }
        }

        var fromCatalog = recommendation is not null;
        var impact = CatalogReader.ReadImpact(input, map, ctx, required: !fromCatalog) ?? recommendation?.Impact;
        var effort = CatalogReader.ReadEffort(input, map, ctx, required: !fromCatalog) ?? recommendation?.Effort;
        var phase = CatalogReader.ReadPhase(input, map, ctx, required: false) ?? recommendation?.Phase ?? Phase.RiskReduction;
        var estimate = ReadEstimate(input, map, ctx);
        var cost = input.Number(map, "cost", ctx, 0);
        var status = ReadStatus(input, map, ctx);
        if (impact is null || effort is null)
        {
            return null;
        }

        return new Item(id, title.Trim(), impact.Value, effort.Value, phase)
        {
            Description = input.String(map, "description", ctx)?.Trim() ?? recommendation?.Why,
            RecommendationId = recommendation?.Id,
            Owner = input.String(map, "owner", ctx),
            EstimateHours = estimate,
            Cost = (decimal?)cost,
            DependsOn = input.StringList(map, "depends-on", ctx),
            Status = status,
            Origin = ItemOrigin.Manual,
        };
    }

    /// <summary>Reads an estimate such as <c>6</c>, <c>6h</c>, <c>2d</c> (8-hour days) or <c>1w</c> (40-hour weeks).</summary>
    private static double? ReadEstimate(YamlInput input, YamlMappingNode map, string ctx)
    {
        var text = input.String(map, "estimate", ctx);
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();
        var factor = t.EndsWith('h') ? 1 : t.EndsWith('d') ? 8 : t.EndsWith('w') ? 40 : 1;
        var number = char.IsLetter(t[^1]) ? t[..^1] : t;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 10_000)
        {
            return value * factor;
        }

        input.Error(YamlInput.Get(map, "estimate"), $"estimate in {ctx} must be hours like 6, 6h, 2d (8-hour days) or 1w (40-hour weeks), not '{text}'");
        return null;
    }

    private static ItemStatus ReadStatus(YamlInput input, YamlMappingNode map, string ctx)
    {
        var text = input.String(map, "status", ctx);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "open" or "todo":
                return ItemStatus.Open;
            case "in-progress" or "doing" or "started":
                return ItemStatus.InProgress;
            case "done":
                return ItemStatus.Done;
            case "dropped" or "wont-do":
                return ItemStatus.Dropped;
            default:
                input.Error(YamlInput.Get(map, "status"), $"status in {ctx} must be open, in-progress, done or dropped, not '{text}'");
                return ItemStatus.Open;
        }
    }
}
