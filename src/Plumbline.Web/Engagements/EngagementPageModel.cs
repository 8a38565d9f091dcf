using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>Base for pages inside an engagement; the membership check already ran in <see cref="EngagementAccessFilter"/>.</summary>
internal abstract class EngagementPageModel(WorkspaceDb db) : PageModel
{
    protected WorkspaceDb Db { get; } = db;

    [FromRoute]
    public int EngagementId { get; set; }

    public Engagement Engagement { get; private set; } = null!;

    public Membership Membership => (Membership)HttpContext.Items[EngagementAccess.ItemKey]!;

    public bool CanEdit => Membership.Role == EngagementRole.Consultant;

    protected abstract string Section { get; }

    /// <summary>What a rendering of this engagement's register is valid for: the <c>vary-by</c> of the pages' cache blocks.</summary>
    public string RegisterCacheKey => $"{Engagement.Id}:{Engagement.RegisterStamp:N}";

    /// <summary>Loads the engagement (tracked, so handlers may change it) and sets up the layout's navigation.</summary>
    protected async Task LoadEngagementAsync(CancellationToken ct)
    {
        if (HttpContext.Items[EngagementAccess.EngagementKey] is Engagement known && known.Id == EngagementId)
        {
            // Read with the membership check; attached, it is tracked just as this query would have made it.
            Db.Engagements.Attach(known);
            Engagement = known;
        }
        else
        {
            Engagement = await Db.Engagements.SingleAsync(e => e.Id == EngagementId, ct);
        }

        ViewData["EngagementId"] = Engagement.Id;
        ViewData["EngagementName"] = Engagement.Name;
        ViewData["Section"] = Section;
    }

    protected DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
