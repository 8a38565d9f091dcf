using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Inventory;
using Plumbline.Web.Register;

namespace Plumbline.Web.Engagements;

/// <summary>An engagement at a glance: what to do this month, the contract deadlines ahead, what the systems cost, and the
/// report downloads.</summary>
internal sealed class OverviewModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    /// <summary>How far ahead the renewals list looks.</summary>
    public const int RenewalDays = 90;

    /// <summary>How many Do-now items "this month" shows: few enough to all get done.</summary>
    public const int ThisMonthCount = 3;

    protected override string Section => "overview";

    public int Systems { get; private set; }

    public int Integrations { get; private set; }

    public int OpenItems { get; private set; }

    public int DoNow { get; private set; }

    public DateOnly TodayIs { get; private set; }

    public IReadOnlyList<ContractDeadline> Renewals { get; private set; } = [];

    public IReadOnlyList<YearlyCost> YearlyCosts { get; private set; } = [];

    public int SystemsWithoutCost { get; private set; }

    public IReadOnlyList<ReportFormat> Formats => ReportFormat.Available;

    /// <summary>The top open Do-now items with their owner and planned week; filled by <see cref="LoadThisMonthAsync"/>.</summary>
    public IReadOnlyList<ThisMonthItem> ThisMonth { get; private set; } = [];

    public sealed record ThisMonthItem(int Id, string Title, string? Owner, int? Week, DateOnly? WeekStarts);

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        TodayIs = Today(time);
        var systems = await Db.Systems.AsNoTracking().Where(s => s.EngagementId == EngagementId).ToListAsync(ct);
        Systems = systems.Count;
        // A notice deadline already passed stays listed while its renewal is still ahead: it is the most urgent line.
        Renewals = [.. ContractDeadline.Between(systems, DateOnly.MinValue, TodayIs.AddDays(RenewalDays))
            .Where(d => d.Date >= TodayIs || (d.Kind == DeadlineKind.Notice && d.RenewsOn >= TodayIs))];
        YearlyCosts = YearlyCost.Of(systems, Engagement.Currency);
        SystemsWithoutCost = systems.Count(s => s.Cost is null);
        Integrations = await Db.Integrations.CountAsync(s => s.EngagementId == EngagementId, ct);
        var open = await Db.Items.Where(i => i.EngagementId == EngagementId && (i.Status == ItemStatus.Open || i.Status == ItemStatus.InProgress))
            .Select(i => new { i.Impact, i.Effort }).ToListAsync(ct);
        OpenItems = open.Count;
        DoNow = open.Count(i => QuadrantRules.Of(new Impact(i.Impact), new Effort(i.Effort)) == Quadrant.DoNow);
    }

    /// <summary>Plans the register and picks the first open Do-now items in priority order; the page calls it inside its cache
    /// block, so only when this register stamp has no rendering yet.</summary>
    public async Task LoadThisMonthAsync()
    {
        var stored = await register.LoadItemsAsync(EngagementId, track: false, HttpContext.RequestAborted);
        var ids = stored.ToDictionary(i => i.Key, i => i.Id, StringComparer.Ordinal);
        var plan = RegisterService.Plan(Engagement, stored);
        var items = ItemMapping.ToCore(stored).Where(i => i.Quadrant == Quadrant.DoNow && i.Status is ItemStatus.Open or ItemStatus.InProgress);
        ThisMonth = [.. Prioritiser.Order(items).Take(ThisMonthCount)
            .Select(i => (Item: i, Scheduled: plan.Success ? plan.Value.Find(i) : null))
            .Select(x => new ThisMonthItem(ids[x.Item.Id], x.Item.Title, x.Item.Owner, x.Scheduled?.StartWeek, x.Scheduled?.StartDate))];
    }
}
