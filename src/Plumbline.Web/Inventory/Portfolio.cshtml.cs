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

    public void OnGet() => LoadEngagement();

    /// <summary>Reads the systems and draws the chart; the page calls it inside its cache block, so only when this
    /// register stamp (renewed by any inventory change) has no rendering yet.</summary>
    public async Task LoadPortfolioAsync()
    {
        Systems = await Db.Systems.AsNoTracking().Where(s => s.EngagementId == EngagementId).OrderBy(s => s.Name).ToListAsync(HttpContext.RequestAborted);
        Svg = GridSvg.Render(PortfolioPicture.Of(Systems, s => $"/engagements/{EngagementId}/inventory/systems/{s.Id}"));
    }
}
