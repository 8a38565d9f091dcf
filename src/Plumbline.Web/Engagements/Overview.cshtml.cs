using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Engagements;

/// <summary>An engagement at a glance, with the report downloads.</summary>
internal sealed class OverviewModel(WorkspaceDb db) : EngagementPageModel(db)
{
    protected override string Section => "overview";

    public int Systems { get; private set; }

    public int Integrations { get; private set; }

    public int OpenItems { get; private set; }

    public int DoNow { get; private set; }

    public IReadOnlyList<ReportFormat> Formats => ReportFormat.Available;

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        Systems = await Db.Systems.CountAsync(s => s.EngagementId == EngagementId, ct);
        Integrations = await Db.Integrations.CountAsync(s => s.EngagementId == EngagementId, ct);
        var open = await Db.Items.Where(i => i.EngagementId == EngagementId && (i.Status == ItemStatus.Open || i.Status == ItemStatus.InProgress))
            .Select(i => new { i.Impact, i.Effort }).ToListAsync(ct);
        OpenItems = open.Count;
        DoNow = open.Count(i => QuadrantRules.Of(new Impact(i.Impact), new Effort(i.Effort)) == Quadrant.DoNow);
    }
}
