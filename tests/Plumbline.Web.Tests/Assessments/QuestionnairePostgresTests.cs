using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Assessments;
using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Assessments;

/// <summary>Answers and scoring again on a real PostgreSQL, whose column lengths and unique indexes are enforced.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QuestionnairePostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Answers_are_saved_and_scored_into_the_register_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "On Postgres");
        // The longest built-in template id, so the findings' source must still fit its column.
        var url = Questionnaire.Url(id, "technical-leadership");
        (await Questionnaire.AnswerAsync(admin, url, ("a.big-build-planned", "yes"), ("a.tech-owner", "whoever-is-closest"))).Status.ShouldBe(HttpStatusCode.Redirect);

        (await Questionnaire.ScoreAsync(admin, id, "technical-leadership")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Questionnaire.ScoreAsync(admin, id, "technical-leadership")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = factory.OpenDb();
        db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        var response = await db.AssessmentResponses.SingleAsync(r => r.EngagementId == id);
        response.ScoredAt.ShouldNotBeNull();
        var source = AssessmentSource.Of("technical-leadership");
        source.ShouldBe("assessment:technical-leadership");
        (await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == source)).ShouldBeGreaterThan(0);
    }
}
