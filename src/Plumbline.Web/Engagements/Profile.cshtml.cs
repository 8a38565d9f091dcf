using Microsoft.AspNetCore.Mvc;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>The business behind the engagement: goal, team, budget, timeline, and the roadmap's capacity.</summary>
internal sealed class ProfileModel(WorkspaceDb db) : EngagementPageModel(db)
{
    protected override string Section => "profile";

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [FromQuery]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        Input = ProfileInput.From(Engagement);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        LoadEngagement();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(Engagement);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/engagements/{EngagementId}/profile?saved=true");
    }
}
