using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Assessments;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Assessments;

/// <summary>One assessment as a form: consultants and client members answer it; answers are saved as given, a little at a time.</summary>
/// <remarks>Clients may post here because answering is their part of the engagement; this page does nothing
/// else. Scoring into the register is <see cref="ScoreModel"/>, which clients may not post to.</remarks>
[ClientMayPost]
internal sealed class QuestionnaireModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "assessments";

    [FromRoute]
    public string TemplateId { get; set; } = string.Empty;

    public AssessmentTemplate Template { get; private set; } = null!;

    public AssessmentResponse? Stored { get; private set; }

    public AssessmentAnswers Saved { get; private set; } = null!;

    public AssessmentProgress Progress { get; private set; }

    /// <summary>The questions the form shows: those whose conditions hold on the answers so far.</summary>
    public IReadOnlySet<string> Asked { get; private set; } = new HashSet<string>();

    public Dictionary<string, IReadOnlyList<string>> Values { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Set when the saved answers cannot be read (e.g. an import from an older template); saving is refused so nothing is overwritten.</summary>
    public string? StoredError { get; private set; }

    /// <summary>This assessment's findings in the register, from the last scoring.</summary>
    public List<StoredFinding> Scored { get; private set; } = [];

    public Dictionary<int, string> ItemTitles { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Values = AnswerForm.ValuesOf(Template, Saved);
        Asked = AskedUnder(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (StoredError is not null)
        {
            Values = AnswerForm.ValuesOf(Template, Saved);
            Asked = AskedUnder(Saved);
            return Page();
        }

        var posted = AnswerForm.Read(Template, Saved, Request.Form);
        if (posted.Errors.Count > 0)
        {
            // Nothing is saved: the form comes back with what was typed and a message at each answer to fix.
            Errors = posted.Errors;
            Values = posted.Values;
            Asked = posted.Asked;
            return Page();
        }

        var now = time.GetUtcNow();
        var before = AskedUnder(Saved);
        if (Stored is null)
        {
            Stored = new AssessmentResponse { EngagementId = EngagementId, TemplateId = Template.Id };
            Db.AssessmentResponses.Add(Stored);
        }

        Stored.Answers = AnswersWriter.Write(Template, posted.Answers);
        Stored.UpdatedBy = User.Identity?.Name;
        Stored.UpdatedAt = now;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people saving this questionnaire's first answers at the same moment: the unique index keeps one.
            ModelState.AddModelError(string.Empty, "Someone else saved answers to this questionnaire at the same moment; reload the page, check their answers and save again.");
            Values = posted.Values;
            Asked = posted.Asked;
            return Page();
        }

        var after = AskedUnder(posted.Answers);
        var opened = Template.Questions.Where(q => after.Contains(q.Id) && !before.Contains(q.Id)).ToList();
        var progress = AssessmentProgress.Of(Template, posted.Answers, Today(time));
        Message = $"Saved: {progress.Answered} of {progress.Asked} question(s) answered."
            + (opened.Count > 0 ? $" {opened.Count} more question(s) now apply; they are marked “new” below." : string.Empty);
        TempData["Opened"] = string.Join(',', opened.Select(q => q.Id));
        var anchor = opened.Count > 0 ? "#q-" + opened[0].Id : string.Empty;
        return Redirect($"/engagements/{EngagementId}/assessments/{Template.Id}{anchor}");
    }

    /// <summary>Questions that appeared because of the last save, so the page can point at them.</summary>
    public IReadOnlySet<string> Opened => _opened ??= (TempData["Opened"] as string ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _opened;

    public string Value(string field) => Values.TryGetValue(field, out var v) && v.Count > 0 ? v[0] : string.Empty;

    public bool Has(string field, string value) => Values.TryGetValue(field, out var v) && v.Contains(value, StringComparer.OrdinalIgnoreCase);

    private HashSet<string> AskedUnder(AssessmentAnswers answers)
    {
        var today = Today(time);
        var counted = Template.Applicable(answers.Values, today);
        return Template.Questions.Where(q => q.When is null || q.When.Holds(counted, today)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        if (TemplateLibrary.BuiltIn.Find(TemplateId) is not { } template)
        {
            return false;
        }

        Template = template;
        ViewData["Title"] = template.Title;
        Stored = await Db.AssessmentResponses.SingleOrDefaultAsync(r => r.EngagementId == EngagementId && r.TemplateId == template.Id, ct);
        var read = StoredAnswers.Read(template, Stored);
        if (read.Success)
        {
            Saved = read.Value;
        }
        else
        {
            Saved = AssessmentAnswers.Empty(template.Id);
            StoredError = "The saved answers cannot be read, so saving is switched off to keep them: "
                + string.Join("; ", read.Errors.Take(3).Select(e => e.ToString())) + ". Export the engagement, fix the answers and import it again.";
        }

        Progress = AssessmentProgress.Of(template, Saved, Today(time));
        var source = AssessmentSource.Of(template.Id);
        Scored = await Db.Findings.AsNoTracking()
            .Where(f => f.EngagementId == EngagementId && f.Source == source)
            .OrderBy(f => f.Id)
            .ToListAsync(ct);
        var itemIds = Scored.Where(f => f.ItemId != null).Select(f => f.ItemId!.Value).Distinct().ToList();
        ItemTitles = await Db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        return true;
    }
}
