using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Assessments;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Register;

namespace Plumbline.Web.Assessments;

/// <summary>Scores saved answers with Core's engine and merges the resulting items into the register (consultants only).</summary>
/// <remarks>A page of its own, without <see cref="ClientMayPostAttribute"/>, so the access filter refuses a client's post
/// before this runs; the handler checks again because scoring changes the register.</remarks>
internal sealed class ScoreModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "assessments";

    [FromRoute]
    public string TemplateId { get; set; } = string.Empty;

    public AssessmentTemplate? Template { get; private set; }

    public List<string> Problems { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet() => Redirect($"/engagements/{EngagementId}/assessments/{Uri.EscapeDataString(TemplateId)}");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        LoadEngagement();
        Template = TemplateLibrary.BuiltIn.Find(TemplateId);
        if (Template is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "Score " + Template.Title;
        var response = await Db.AssessmentResponses.SingleOrDefaultAsync(r => r.EngagementId == EngagementId && r.TemplateId == Template.Id, ct);
        var read = StoredAnswers.Read(Template, response);
        if (!read.Success)
        {
            Problems.AddRange(read.Errors.Select(e => e.ToString()));
            return Page();
        }

        if (response is null || read.Value.Values.Count == 0)
        {
            Problems.Add("Nothing is answered yet, so there is nothing to score. Answer some questions and save them first.");
            return Page();
        }

        var now = time.GetUtcNow();
        var catalog = RecommendationCatalog.BuiltIn;
        var result = AssessmentEngine.Evaluate(Template, read.Value, catalog, Today(time));
        var items = await register.LoadItemsAsync(EngagementId, track: true, ct);
        var outcome = RegisterMerge.Apply(Db, EngagementId, AssessmentSource.Of(Template.Id), result.Findings, result.Items(catalog), items, now);

        // The merged register must still plan before anything is written.
        var plan = RegisterService.Plan(Engagement, items);
        if (!plan.Success)
        {
            Problems.AddRange(plan.Errors.Select(e => e.Message));
            return Page();
        }

        response.ScoredAt = now;
        await Db.SaveChangesAsync(ct);
        var acting = result.Findings.Count(f => f.Outcome == Outcome.Fail);
        var unanswered = result.Unanswered.Count > 0 ? $" {result.Unanswered.Count} question(s) still unanswered, so their rules could not apply." : string.Empty;
        Message = $"Scored into the register: {outcome.Added} new item(s), {outcome.Updated} updated, {outcome.Findings} finding(s), {acting} to act on.{unanswered}";
        return Redirect($"/engagements/{EngagementId}/assessments/{Template.Id}");
    }
}
