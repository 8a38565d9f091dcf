using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>Loads an engagement's register and runs Core over it: priority order, quadrants, roadmap, report.</summary>
internal sealed class RegisterService(WorkspaceDb db, TimeProvider time)
{
    public async Task<List<RegisterItem>> LoadItemsAsync(int engagementId, bool track, CancellationToken ct)
    {
        var query = db.Items.Where(i => i.EngagementId == engagementId).Include(i => i.DependsOn).Include(i => i.Findings);
        return track ? await query.AsSplitQuery().ToListAsync(ct) : await query.AsSplitQuery().AsNoTracking().ToListAsync(ct);
    }

    public static PlanSettings SettingsOf(Engagement e) =>
        new(e.PlanStart, e.CapacityHoursPerWeek > 0 ? e.CapacityHoursPerWeek : PlanSettings.DefaultCapacityHoursPerWeek,
            e.Budget is { } money ? new Budget(Money: money, HourlyRate: null, Currency: e.Currency) : null);

    public static ParseResult<Roadmap> Plan(Engagement e, IReadOnlyList<RegisterItem> items) =>
        RoadmapPlanner.Plan(ItemMapping.ToCore(items), SettingsOf(e), e.Name);

    public async Task<ParseResult<Report>> ReportAsync(Engagement e, CancellationToken ct)
    {
        var items = await LoadItemsAsync(e.Id, track: false, ct);
        var loose = await db.Findings.AsNoTracking().Where(f => f.EngagementId == e.Id && f.ItemId == null).ToListAsync(ct);
        var findings = items.SelectMany(i => i.Findings).Concat(loose).Select(f => f.ToFinding()).ToList();
        return ReportFactory.Create(
            $"{e.ClientName} — technology plan",
            "workspace",
            e.Name,
            time.GetUtcNow(),
            findings,
            ItemMapping.ToCore(items),
            SettingsOf(e),
            RecommendationCatalog.BuiltIn);
    }

    public static IReadOnlyList<Finding> Evidence(RegisterItem item) => [.. item.Findings.Select(f => f.ToFinding())];
}
