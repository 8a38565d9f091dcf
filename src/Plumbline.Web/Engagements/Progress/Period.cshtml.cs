using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Engagements.Progress;

/// <summary>The progress report for one month (<c>/engagements/{id}/progress/2026-11</c>; without a month, the current one).</summary>
internal sealed class PeriodModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "overview";

    public ProgressReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        LoadEngagement();
        ReportPeriod month;
        if (period is null)
        {
            month = ReportPeriod.Of(time.GetUtcNow());
        }
        else if (!ReportPeriod.TryParse(period, out month))
        {
            return BadRequest($"'{period}' is not a month: use the form 2026-11.");
        }

        var items = await register.LoadItemsAsync(EngagementId, track: false, ct);
        var loose = await Db.Findings.AsNoTracking().Where(f => f.EngagementId == EngagementId && f.ItemId == null).ToListAsync(ct);
        var plan = RegisterService.Plan(Engagement, items);
        Report = ProgressReport.Build(
            month,
            await EngagementProgress.LoadAsync(Db, EngagementId, ct),
            items,
            [.. items.SelectMany(i => i.Findings), .. loose],
            plan.Success ? plan.Value : null);
        return Page();
    }
}
