using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>The access rule holds for every endpoint, every caller and every spelling of the id (see <see cref="AccessMatrix"/>).</summary>
public sealed class AccessMatrixTests
{
    [Fact]
    public async Task Every_engagement_endpoint_answers_every_caller_and_id_spelling_as_the_table_says_on_sqlite()
    {
        using var factory = new WorkspaceFactory();
        var differences = await AccessMatrix.RunAsync(factory);
        differences.ShouldBeEmpty(AccessMatrix.Describe(differences));
    }

    /// <summary>The endpoints that are not about one engagement, and what anonymous, a signed-in consultant and the
    /// administrator get on GET. A new page must be added here (or carry an engagement id) before this test passes.</summary>
    private static readonly Dictionary<string, (AccessMatrix.Outcome Anonymous, AccessMatrix.Outcome Consultant, AccessMatrix.Outcome Admin)> Outside = new()
    {
        ["/"] = (AccessMatrix.Outcome.SignIn, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/site.css"] = (AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/signin"] = (AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/signout"] = (AccessMatrix.Outcome.SignIn, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/setup"] = (AccessMatrix.Outcome.NotFound, AccessMatrix.Outcome.NotFound, AccessMatrix.Outcome.NotFound),
        ["/status/{code:int}"] = (AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/accounts/users"] = (AccessMatrix.Outcome.SignIn, AccessMatrix.Outcome.Forbidden, AccessMatrix.Outcome.Allowed),
        ["/accounts/password"] = (AccessMatrix.Outcome.SignIn, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
        ["/engagements/import"] = (AccessMatrix.Outcome.SignIn, AccessMatrix.Outcome.Forbidden, AccessMatrix.Outcome.Allowed),
        ["/set-password"] = (AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed, AccessMatrix.Outcome.Allowed),
    };

    [Fact]
    public async Task Every_endpoint_outside_engagements_is_in_the_table_and_answers_as_it_says()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, "consultant@example.test", "Consultant");
        using var consultant = await Workspace.SignInAsync(factory, "consultant@example.test");
        using var anonymous = new Browser(factory);

        var outside = (await EndpointCatalog.ReadAsync(factory)).Where(w => !w.NamesEngagement).Select(w => w.Pattern).Distinct().Order().ToList();
        outside.ShouldBe(Outside.Keys.Order().ToList(), "an endpoint outside engagements is missing from the access table (or the table names one that is gone)");
        var differences = new List<string>();
        foreach (var (pattern, expected) in Outside)
        {
            var url = pattern.Replace("{code:int}", "404", StringComparison.Ordinal);
            foreach (var (who, browser, want) in new[] { ("anonymous", anonymous, expected.Anonymous), ("consultant", consultant, expected.Consultant), ("admin", admin, expected.Admin) })
            {
                using var response = await browser.Client.GetAsync(url);
                var got = AccessMatrix.Classify(response);
                if (got != want)
                {
                    differences.Add($"GET {url} as {who}: expected {want}, got {got} ({(int)response.StatusCode})");
                }
            }
        }

        differences.ShouldBeEmpty(AccessMatrix.Describe(differences));
    }

    [Fact]
    public void The_table_refuses_everything_to_anyone_but_members_and_every_spelling_but_the_id()
    {
        foreach (var kind in Enum.GetValues<AccessMatrix.Kind>())
        {
            AccessMatrix.Expected(AccessMatrix.Who.NonMember, kind, canonical: true).ShouldBe(AccessMatrix.Outcome.NotFound);
            AccessMatrix.Expected(AccessMatrix.Who.Consultant, kind, canonical: false).ShouldBe(AccessMatrix.Outcome.NotFound);
            AccessMatrix.Expected(AccessMatrix.Who.ClientMember, kind, canonical: false).ShouldBe(AccessMatrix.Outcome.NotFound);
        }

        AccessMatrix.Expected(AccessMatrix.Who.ClientMember, AccessMatrix.Kind.Change, canonical: true).ShouldBe(AccessMatrix.Outcome.Forbidden);
        AccessMatrix.IdForms(7).Count(f => f.Canonical).ShouldBe(1);
        AccessMatrix.IdForms(7).Select(f => f.Form).ShouldContain("%2B7");
    }
}

/// <summary>The same matrix on PostgreSQL, where the membership query is compiled for another provider.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccessMatrixPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Every_engagement_endpoint_answers_every_caller_and_id_spelling_as_the_table_says_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        var differences = await AccessMatrix.RunAsync(factory);
        differences.ShouldBeEmpty(AccessMatrix.Describe(differences));
    }
}

/// <summary>Garbage in every field of every form, and unknown handlers, never make a 5xx (see <see cref="GarbageForms"/>).</summary>
public sealed class GarbageFormTests
{
    [Fact]
    public async Task Garbage_in_every_form_field_never_answers_5xx_on_sqlite()
    {
        using var factory = new WorkspaceFactory();
        var problems = await GarbageForms.RunAsync(factory);
        problems.ShouldBeEmpty(AccessMatrix.Describe(problems));
    }
}

/// <summary>The garbage-form walk on PostgreSQL, whose types and limits differ from SQLite's.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GarbageFormPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Garbage_in_every_form_field_never_answers_5xx_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        var problems = await GarbageForms.RunAsync(factory);
        problems.ShouldBeEmpty(AccessMatrix.Describe(problems));
    }
}
