using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>Base for pages inside an engagement; the access rule (<see cref="EngagementAccessMiddleware"/>) already ran.</summary>
internal abstract class EngagementPageModel(WorkspaceDb db) : PageModel
{
    protected WorkspaceDb Db { get; } = db;

    /// <summary>The engagement id as the access rule read and proved it (never bound from the route a second time).</summary>
    public int EngagementId => Scope.Id;

    public Engagement Engagement { get; private set; } = null!;

    public Membership Membership => Scope.Membership;

    /// <summary>True when the engagement is archived: every page shows it read-only.</summary>
    public bool IsArchived => Scope.Engagement.ArchivedAt is not null;

    private EngagementScope Scope => EngagementScope.Of(HttpContext);

    public bool CanEdit => Membership.Role == EngagementRole.Consultant && !IsArchived;

    protected abstract string Section { get; }

    /// <summary>What a rendering of this engagement's register is valid for: the <c>vary-by</c> of the pages' cache blocks.</summary>
    public string RegisterCacheKey => $"{Engagement.Id}:{Engagement.RegisterStamp:N}";

    /// <summary>Loads the engagement (tracked, so handlers may change it) and sets up the layout's navigation.</summary>
    protected void LoadEngagement()
    {
        // Read with the membership check; attached, it is tracked just as a query would have made it.
        Engagement = Scope.Engagement;
        Db.Engagements.Attach(Engagement);

        ViewData["EngagementId"] = Engagement.Id;
        ViewData["EngagementName"] = Engagement.Name;
        ViewData["Section"] = Section;
        ViewData["EngagementArchived"] = IsArchived;
        ViewData["EngagementConsultant"] = Membership.Role == EngagementRole.Consultant;
    }

    protected DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
