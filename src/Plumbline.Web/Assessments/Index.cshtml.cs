using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Assessments;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Assessments;

/// <summary>The built-in assessments for an engagement, with how far each has been answered and whether it is scored.</summary>
internal sealed class IndexModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "assessments";

    public sealed record Row(AssessmentTemplate Template, AssessmentProgress Progress, AssessmentResponse? Response, bool Unreadable)
    {
        public bool ChangedSinceScored => Response is { ScoredAt: { } scored } r && r.UpdatedAt > scored;
    }

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        var responses = await Db.AssessmentResponses.AsNoTracking()
            .Where(r => r.EngagementId == EngagementId)
            .ToDictionaryAsync(r => r.TemplateId, StringComparer.Ordinal, ct);
        var today = Today(time);
        foreach (var template in TemplateLibrary.BuiltIn.All)
        {
            var response = responses.GetValueOrDefault(template.Id);
            var read = StoredAnswers.Read(template, response);
            var answers = read.Success ? read.Value : AssessmentAnswers.Empty(template.Id);
            Rows.Add(new Row(template, AssessmentProgress.Of(template, answers, today), response, !read.Success));
        }
    }
}
