using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Assessments;
using Plumbline.Core.Items;
using Plumbline.Web.Assessments;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Assessments;

/// <summary>Clients and consultants answer assessments in the browser; consultants score the answers into the register.</summary>
public sealed class QuestionnaireTests
{
    private const string Client = "client@example.test";
    private const string Other = "other@example.test";

    private static async Task<ClientEngagement> EngagementWithClientAsync()
    {
        var factory = new WorkspaceFactory();
        var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        var client = await Workspace.SignInAsync(factory, Client);
        return new ClientEngagement(factory, admin, client, id);
    }

    /// <summary>A workspace with an engagement, its consultant (the admin) and a Client member, each signed in; disposes all three.</summary>
    private sealed record ClientEngagement(WorkspaceFactory Factory, Browser Admin, Browser Client, int Id) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Admin.Dispose();
            Factory.Dispose();
        }
    }

    [Fact]
    public async Task A_client_member_answers_in_parts_and_every_answer_is_shown_again_on_reload()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        var url = Questionnaire.Url(id, "warning-signs");

        var first = await Questionnaire.AnswerAsync(client, url, ("a.single-person-system", "no"), ("a.features-planned", "bolted-on"));
        first.Status.ShouldBe(HttpStatusCode.Redirect, first.Body);
        // A later visit answers something else; the first answers are kept.
        (await Questionnaire.AnswerAsync(client, url, ("a.has-staging", "unsure"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.PageAsync(url);
        page.QuerySelector("input[name='a.single-person-system'][value=no]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[name='a.single-person-system'][value=yes]")!.HasAttribute("checked").ShouldBeFalse();
        page.QuerySelector("input[name='a.features-planned'][value=bolted-on]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[name='a.has-staging'][value=unsure]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector(".progress")!.TextContent.ShouldContain("3 of 11");
        page.QuerySelector(".progress")!.TextContent.ShouldContain(Client);
        // Every choice has a label tied to its input, and each group is a fieldset with a legend.
        foreach (var input in page.QuerySelectorAll("form.questionnaire input[type=radio], form.questionnaire input[type=checkbox], form.questionnaire textarea"))
        {
            page.QuerySelector($"label[for='{input.Id}']").ShouldNotBeNull(input.Id);
        }

        page.QuerySelector("fieldset#q-single-person-system > legend")!.TextContent.ShouldContain("only one person");
        // A client may answer but not score.
        page.QuerySelector("form[action$='/score']").ShouldBeNull();

        await using var db = factory.OpenDb();
        var stored = await db.AssessmentResponses.SingleAsync(r => r.EngagementId == id);
        stored.TemplateId.ShouldBe("warning-signs");
        stored.UpdatedBy.ShouldBe(Client);
        stored.UpdatedAt.ShouldBe(factory.Time.GetUtcNow());
        stored.ScoredAt.ShouldBeNull();
        // Stored in the answers-file format, so `plumb assess --answers` reads the same text.
        var read = AnswersReader.Read(stored.Answers, "stored", TemplateLibrary.BuiltIn.Find("warning-signs")!);
        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        read.Value.Values.Keys.Order(StringComparer.Ordinal).ShouldBe(["features-planned", "has-staging", "single-person-system"]);

        var list = await client.GetAsync($"/engagements/{id}/assessments");
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Body.ShouldContain("3 of 11");
        list.Body.ShouldContain("not scored");
    }

    [Fact]
    public async Task A_conditional_question_appears_only_after_the_answer_it_depends_on()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        var url = Questionnaire.Url(id, "warning-signs");

        (await client.PageAsync(url)).QuerySelector("[name='a.which-systems']").ShouldBeNull();
        (await Questionnaire.AnswerAsync(client, url, ("a.single-person-system", "no"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await client.PageAsync(url)).QuerySelector("[name='a.which-systems']").ShouldBeNull();

        var saved = await Questionnaire.AnswerAsync(client, url, ("a.single-person-system", "yes"));
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        saved.Response.Headers.Location!.ToString().ShouldEndWith("#q-which-systems");

        var page = await client.PageAsync(url);
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("1 more question(s) now apply");
        page.QuerySelector("textarea[name='a.which-systems']").ShouldNotBeNull();
        page.QuerySelector("label[for=f-which-systems] .tag")!.TextContent.ShouldBe("new");

        (await Questionnaire.AnswerAsync(client, url, ("a.single-person-system", "yes"), ("a.which-systems", "Payroll: only Sam: \"the spreadsheet\" # really"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await client.PageAsync(url)).QuerySelector("textarea[name='a.which-systems']")!.TextContent.ShouldBe("Payroll: only Sam: \"the spreadsheet\" # really");

        // Answering "no" again hides the question; its answer is kept but no longer counts.
        (await Questionnaire.AnswerAsync(client, url, ("a.single-person-system", "no"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var hidden = await client.PageAsync(url);
        hidden.QuerySelector("[name='a.which-systems']").ShouldBeNull();
        hidden.QuerySelector(".progress")!.TextContent.ShouldContain("1 of 11");
    }

    [Fact]
    public async Task Bad_numbers_dates_and_choices_get_a_message_each_and_nothing_is_saved()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        var url = Questionnaire.Url(id, "security-basics");

        var bad = await Questionnaire.AnswerAsync(client, url,
            ("a.password-manager", "yes"),
            ("a.admin-count", "three"),
            ("a.domain-owner", "the-cat"),
            ("a.backup-copies", "a-local-drive"),
            ("a.backup-copies", AnswerForm.NoneValue));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(bad.Body);
        page.QuerySelector("#e-admin-count")!.TextContent.ShouldContain("must be a number, not 'three'");
        page.QuerySelector("#e-domain-owner")!.TextContent.ShouldContain("'the-cat' is not an answer");
        page.QuerySelector("#e-backup-copies")!.TextContent.ShouldContain("not both");
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("3 answer(s) need a fix; nothing was saved");
        // What was typed comes back, so nothing has to be typed twice.
        page.QuerySelector("input[name='a.admin-count']")!.GetAttribute("value").ShouldBe("three");
        page.QuerySelector("input[name='a.password-manager'][value=yes]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[name='a.admin-count']")!.GetAttribute("aria-describedby").ShouldBe("e-admin-count");
        await using (var db = factory.OpenDb())
        {
            (await db.AssessmentResponses.CountAsync()).ShouldBe(0);
        }

        // A date question (asked once a restore was tested) refuses a non-date and keeps the earlier answers.
        (await Questionnaire.AnswerAsync(client, url, ("a.restore-ever-tested", "yes"), ("a.admin-count", "3"))).Status.ShouldBe(HttpStatusCode.Redirect);
        string before;
        await using (var db = factory.OpenDb())
        {
            before = (await db.AssessmentResponses.SingleAsync()).Answers;
        }

        var badDate = await Questionnaire.AnswerAsync(client, url, ("a.restore-ever-tested", "yes"), ("a.admin-count", "4"), ("a.last-restore-test", "31/02/2026"));
        badDate.Status.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(badDate.Body).QuerySelector("#e-last-restore-test")!.TextContent.ShouldContain("must be a date like 2026-01-31");
        await using (var db = factory.OpenDb())
        {
            (await db.AssessmentResponses.SingleAsync()).Answers.ShouldBe(before);
        }

        (await Questionnaire.AnswerAsync(client, url, ("a.restore-ever-tested", "yes"), ("a.last-restore-test", "2025-06-30"), ("a.backup-copies", AnswerForm.NoneValue)))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var good = await client.PageAsync(url);
        good.QuerySelector("input[name='a.last-restore-test']")!.GetAttribute("value").ShouldBe("2025-06-30");
        good.QuerySelector("input[name='a.admin-count']")!.GetAttribute("value").ShouldBe("3");
        good.QuerySelector($"input[name='a.backup-copies'][value='{AnswerForm.NoneValue}']")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task A_consultant_scores_answers_into_the_register_and_scoring_again_does_not_duplicate()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        var url = Questionnaire.Url(id, "warning-signs");
        (await Questionnaire.AnswerAsync(client, url,
            ("a.single-person-system", "yes"),
            ("a.safe-deploy", "no"),
            ("a.has-staging", "no"),
            ("a.restore-tested", "yes"),
            ("a.keys-shared-in-chat", "yes"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var scored = await Questionnaire.ScoreAsync(admin, id, "warning-signs");
        scored.StatusCode.ShouldBe(HttpStatusCode.Redirect, await scored.Content.ReadAsStringAsync());
        var page = await admin.PageAsync(url);
        var notice = page.QuerySelector("[role=status]")!.TextContent;
        notice.ShouldContain("Scored into the register:");
        notice.ShouldContain("0 updated");
        page.QuerySelectorAll(".findings li a[href*='/register/items/']").Length.ShouldBeGreaterThan(0);

        var source = AssessmentSource.Of("warning-signs");
        int items, findings;
        int stagingId;
        await using (var db = factory.OpenDb())
        {
            var register = await db.Items.Include(i => i.Findings).Where(i => i.EngagementId == id).ToListAsync();
            register.Count.ShouldBeGreaterThanOrEqualTo(3);
            register.ShouldAllBe(i => i.Origin == ItemOrigin.Assessment);
            var staging = register.Single(i => i.Key == "create-a-staging-environment");
            staging.Findings.ShouldContain(f => f.Source == source && f.CheckId == "assess/warning-signs/no-staging");
            stagingId = staging.Id;
            items = register.Count;
            findings = await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == source);
            (await db.AssessmentResponses.SingleAsync()).ScoredAt.ShouldBe(factory.Time.GetUtcNow());

            // The consultant re-rates an item and takes it on; scoring again must keep that.
            staging.Impact = 1;
            staging.Owner = "Sam";
            staging.Status = ItemStatus.InProgress;
            await db.SaveChangesAsync();
        }

        (await Questionnaire.ScoreAsync(admin, id, "warning-signs")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PageAsync(url)).QuerySelector("[role=status]")!.TextContent.ShouldContain($"0 new item(s), {items} updated");
        await using (var db = factory.OpenDb())
        {
            (await db.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(items);
            (await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == source)).ShouldBe(findings);
            var staging = await db.Items.SingleAsync(i => i.Id == stagingId);
            (staging.Impact, staging.Owner, staging.Status).ShouldBe((1, "Sam", ItemStatus.InProgress));
        }

        // The register still plans: matrix and roadmap show the items; the client sees the results too.
        (await admin.GetAsync($"/engagements/{id}/roadmap")).Body.ShouldContain("Create a staging environment", Case.Insensitive);
        (await admin.GetAsync($"/engagements/{id}/matrix")).Status.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/engagements/{id}/assessments")).Body.ShouldContain("scored 2026-03-02");
    }

    [Fact]
    public async Task A_client_cannot_score_and_the_register_is_untouched()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        (await Questionnaire.AnswerAsync(client, Questionnaire.Url(id, "warning-signs"), ("a.has-staging", "no"))).Status.ShouldBe(HttpStatusCode.Redirect);

        (await Questionnaire.ScoreAsync(client, id, "warning-signs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = factory.OpenDb();
        (await db.Items.CountAsync()).ShouldBe(0);
        (await db.AssessmentResponses.SingleAsync()).ScoredAt.ShouldBeNull();
    }

    [Fact]
    public async Task Scoring_with_nothing_answered_says_so_and_changes_nothing()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Empty");

        var response = await Questionnaire.ScoreAsync(admin, id, "mvp-scope");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Nothing is answered yet");
        await using var db = factory.OpenDb();
        (await db.Items.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Someone_outside_the_engagement_cannot_read_answer_or_score_its_questionnaires()
    {
        using var engagement = await EngagementWithClientAsync();
        var (factory, admin, client, id) = engagement;
        (await Questionnaire.AnswerAsync(admin, Questionnaire.Url(id, "warning-signs"), ("a.has-staging", "no"))).Status.ShouldBe(HttpStatusCode.Redirect);
        await Workspace.CreateUserAsync(admin, Other, "Consultant");
        using var other = await Workspace.SignInAsync(factory, Other);
        var ownId = await Workspace.CreateEngagementAsync(other, "Mine");

        (await other.GetAsync($"/engagements/{id}/assessments")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(Questionnaire.Url(id, "warning-signs"))).Status.ShouldBe(HttpStatusCode.NotFound);
        // A valid token from one's own questionnaire, posted at the other engagement's answers and score.
        var ownPage = await other.PageAsync(Questionnaire.Url(ownId, "warning-signs"));
        var token = ownPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var answer = await other.Client.PostAsync(Questionnaire.Url(id, "warning-signs"), new FormUrlEncodedContent(
            [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("asked", "has-staging"), KeyValuePair.Create("a.has-staging", "yes")]));
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var score = await other.Client.PostAsync(Questionnaire.Url(id, "warning-signs") + "/score", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
        score.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(Questionnaire.Url(id, "no-such-template"))).Status.ShouldBe(HttpStatusCode.NotFound);

        await using var db = factory.OpenDb();
        (await db.AssessmentResponses.SingleAsync(r => r.EngagementId == id)).Answers.ShouldContain("has-staging: no");
        (await db.Items.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Build_vs_buy_scores_every_option_per_criterion_and_scoring_names_the_winner()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Booking tool");
        var url = Questionnaire.Url(id, "build-vs-buy");
        var page = await admin.PageAsync(url);
        page.QuerySelector("fieldset#q-fit > legend")!.TextContent.ShouldContain("fit the way you actually work");
        page.QuerySelector("label[for='f-fit-dont-build']")!.TextContent.ShouldBe("Don't build");

        // Half a criterion is not an answer: the missing options are named and nothing is saved.
        var partial = await Questionnaire.AnswerAsync(admin, url, ("a.fit.buy", "4"), ("a.fit.build", "9"));
        partial.Status.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(partial.Body).QuerySelector("#e-fit")!.TextContent.ShouldContain("from 1 (worst) to 5 (best)");
        await using (var db = factory.OpenDb())
        {
            (await db.AssessmentResponses.CountAsync()).ShouldBe(0);
        }

        // Buying scores best on every criterion.
        var scores = new[] { "fit", "integration", "maintenance", "data-ownership", "lock-in", "migration", "three-year-cost" }
            .SelectMany(c => new[] { ($"a.{c}.dont-build", "2"), ($"a.{c}.buy", "5"), ($"a.{c}.integrate", "3"), ($"a.{c}.build", "1") })
            .Append(("a.maintainer-available", "no"))
            .ToArray();
        (await Questionnaire.AnswerAsync(admin, url, scores)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PageAsync(url)).QuerySelector("select[name='a.fit.buy'] option[selected]")!.GetAttribute("value").ShouldBe("5");

        (await Questionnaire.ScoreAsync(admin, id, "build-vs-buy")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var results = (await admin.PageAsync(url)).QuerySelector(".findings")!.TextContent;
        results.ShouldContain("Weighted scores favour 'Buy'");
        await using var check = factory.OpenDb();
        (await check.Items.Select(i => i.Key).ToListAsync()).ShouldContain("decide-buy");
    }
}
