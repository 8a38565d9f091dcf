using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Register;

/// <summary>The register in priority order (Core's prioritiser), with each item's roadmap week.</summary>
internal sealed class IndexModel(WorkspaceDb db, RegisterService register) : EngagementPageModel(db)
{
    protected override string Section => "register";

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public Dictionary<string, int> IdOf { get; private set; } = [];

    public Roadmap? Roadmap { get; private set; }

    private Dictionary<string, int> _weeks = [];

    // One lookup table per request: Roadmap.WeekOf scans the schedule, which is quadratic over 500 rows.
    public string WeekOf(string key) => _weeks.TryGetValue(key, out var w) ? w.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—";

    public void OnGet() => LoadEngagement();

    /// <summary>Runs Core over the register; the page calls it inside its cache block, so only when this stamp has no rendering yet.</summary>
    public async Task LoadRegisterAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stored = await register.LoadItemsAsync(EngagementId, track: false, ct);
        IdOf = stored.ToDictionary(i => i.Key, i => i.Id, StringComparer.Ordinal);
        Items = Prioritiser.Order(ItemMapping.ToCore(stored));
        var plan = RegisterService.Plan(Engagement, stored);
        Roadmap = plan.Success ? plan.Value : null;
        _weeks = Roadmap?.Scheduled.ToDictionary(s => s.Item.Id, s => s.StartWeek, StringComparer.Ordinal) ?? [];
    }
}
