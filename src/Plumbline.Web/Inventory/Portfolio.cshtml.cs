using Microsoft.EntityFrameworkCore;
using Plumbline.Reports.Pictures;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Inventory;

/// <summary>The portfolio chart: Tolerate / Invest / Migrate / Eliminate.</summary>
internal sealed class PortfolioModel(WorkspaceDb db) : EngagementPageModel(db)
{
    protected override string Section => "portfolio";

    public List<SystemEntry> Systems { get; private set; } = [];

    public string Svg { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        Systems = await Db.Systems.AsNoTracking().Where(s => s.EngagementId == EngagementId).OrderBy(s => s.Name).ToListAsync(ct);
        Svg = GridSvg.Render(PortfolioPicture.Of(Systems, s => $"/engagements/{EngagementId}/inventory/systems/{s.Id}"));
    }
}
