using Plumbline.Core.Planning;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Register;

/// <summary>The roadmap by week, from Core's planner.</summary>
internal sealed class RoadmapModel(WorkspaceDb db, RegisterService register) : EngagementPageModel(db)
{
    protected override string Section => "roadmap";

    public Roadmap? Plan { get; private set; }

    public List<string> Errors { get; private set; } = [];

    public Dictionary<string, int> IdOf { get; private set; } = [];

    public void OnGet() => LoadEngagement();

    /// <summary>Plans the register; the page calls it inside its cache block, so only when this stamp has no rendering yet.</summary>
    public async Task LoadRoadmapAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stored = await register.LoadItemsAsync(EngagementId, track: false, ct);
        IdOf = stored.ToDictionary(i => i.Key, i => i.Id, StringComparer.Ordinal);
        var plan = RegisterService.Plan(Engagement, stored);
        if (plan.Success)
        {
            Plan = plan.Value;
        }
        else
        {
            Errors = [.. plan.Errors.Select(e => e.Message)];
        }
    }
}
