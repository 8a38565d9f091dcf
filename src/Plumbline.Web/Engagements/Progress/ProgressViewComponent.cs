using Microsoft.AspNetCore.Mvc;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements.Progress;

/// <summary>The Overview's progress section: what the last re-audits fixed, items they closed or reopened, and the trends.</summary>
/// <remarks>A view component so the Overview page takes one line to show it; public because ASP.NET Core finds only public view components.</remarks>
public sealed class ProgressViewComponent(WorkspaceDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int engagementId) =>
        View("/Engagements/Progress/_Progress.cshtml", await EngagementProgress.LoadAsync(db, engagementId, HttpContext.RequestAborted));
}
