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
