using Plumbline.Checks.History;

namespace Plumbline.Checks.Tests.History;

/// <summary>The published model (Avelino et al., ICPC 2016) on inputs small enough to work out by hand.</summary>
public sealed class AuthorshipModelTests
{
    [Theory]
    [InlineData(true, 0, 0, 4.391)]   // 3.293 + 1.098: the creator, nobody else
    [InlineData(true, 0, 1, 4.1685)]  // 4.391 − 0.321·ln 2
    [InlineData(false, 1, 0, 3.457)]  // 3.293 + 0.164
    [InlineData(false, 1, 9, 2.7179)] // 3.457 − 0.321·ln 10
    [InlineData(true, 4, 1, 4.8245)]  // 3.293 + 1.098 + 0.656 − 0.321·ln 2
    public void Doa_follows_the_published_model(bool creator, int deliveries, int acceptances, double expected) =>
        DegreeOfAuthorship.Of(creator, deliveries, acceptances).ShouldBe(expected, 0.0005);

    [Fact]
    public void The_creating_commit_is_first_authorship_not_a_delivery()
    {
        // Alice (0) created the file, Bob (1) changed it once: commits {0: 1, 1: 1} are deliveries {0: 0, 1: 1}.
        var deliveries = DegreeOfAuthorship.Deliveries(new Dictionary<int, int> { [0] = 1, [1] = 1 }, creator: 0);

        deliveries.ShouldBe(new Dictionary<int, int> { [0] = 0, [1] = 1 });
    }

    [Fact]
    public void One_later_change_makes_a_co_author_of_a_file_nobody_else_touched()
    {
        // Alice FA=1 DL=0 AC=1: 4.1685. Bob DL=1 AC=0: 3.457 ≥ 3.293, normalised 3.457 / 4.1685 = 0.829 > 0.75.
        var authors = DegreeOfAuthorship.Authors(new Dictionary<int, int> { [0] = 0, [1] = 1 }, creator: 0);

        authors.Select(a => a.Person).ShouldBe([0, 1]);
        authors[0].Doa.ShouldBe(4.1685, 0.0005);
        authors[1].Doa.ShouldBe(3.457, 0.0005);
    }

    [Fact]
    public void One_change_against_two_of_the_creators_is_not_enough()
    {
        // Alice FA=1 DL=2 AC=1: 4.4965. Bob DL=1 AC=2: 3.1043 < 3.293.
        var authors = DegreeOfAuthorship.Authors(new Dictionary<int, int> { [0] = 2, [1] = 1 }, creator: 0);

        authors.ShouldHaveSingleItem().Person.ShouldBe(0);
    }

    [Fact]
    public void Normalised_doa_at_or_under_three_quarters_is_not_an_author_even_above_the_absolute_floor()
    {
        // Alice FA=1 DL=20 AC=15: 6.7810. Bob DL=15 AC=20: 4.7757 ≥ 3.293 but 4.7757 / 6.7810 = 0.704 ≤ 0.75.
        var authors = DegreeOfAuthorship.Authors(new Dictionary<int, int> { [0] = 20, [1] = 15 }, creator: 0);

        authors.ShouldHaveSingleItem().Person.ShouldBe(0);
    }

    [Fact]
    public void Without_the_creating_commit_equal_deliveries_are_equal_authors()
    {
        // Creation outside the window: FA=0 for both. DL=3 AC=3: 3.3400 each, normalised 1.
        var authors = DegreeOfAuthorship.Authors(new Dictionary<int, int> { [0] = 3, [1] = 3 }, creator: -1);

        authors.Select(a => a.Person).ShouldBe([0, 1]);
        authors[0].Doa.ShouldBe(3.34, 0.0005);
    }

    [Fact]
    public void Many_one_commit_contributors_leave_a_file_without_author()
    {
        // Ten people with one commit each and no known creator: DL=1 AC=9, 2.718 for all, below the 3.293 floor.
        var changes = Enumerable.Range(0, 10).ToDictionary(i => i, _ => 1);

        DegreeOfAuthorship.Authors(changes, creator: -1).ShouldBeEmpty();
    }

    [Fact]
    public void Truck_factor_removes_top_authors_until_coverage_falls_under_half()
    {
        // Files: {0}, {0}, {0,1}, {1}, {2}, {2}. Ranking: 0 (3 files), 1 (2), 2 (2; tie broken by name "p1" < "p2").
        // Coverage 6/6; without 0: 4/6; without 1 too: 2/6 < 50% → truck factor 2.
        IReadOnlyList<int>[] files = [[0], [0], [0, 1], [1], [2], [2]];

        var (value, people) = TruckFactor.Compute(files, p => "p" + p);

        value.ShouldBe(2);
        people.ShouldBe([0, 1]);
    }

    [Fact]
    public void Exactly_half_covered_is_not_yet_trouble()
    {
        // Four files, one author each. Without p0: 3/4; without p1: 2/4 = 50%, not under it; without p2: 1/4 → 3.
        IReadOnlyList<int>[] files = [[0], [1], [2], [3]];

        var (value, people) = TruckFactor.Compute(files, p => "p" + p);

        value.ShouldBe(3);
        people.ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Files_without_an_author_count_as_uncovered()
    {
        // Five files, two without author. Coverage 3/5 = 60%; without p0: 2/5 = 40% < 50% → truck factor 1.
        // (Leaving the two out would give 2: without p0, 2 of 3 files are still covered.)
        IReadOnlyList<int>[] files = [[0], [1], [2], [], []];

        TruckFactor.Compute(files, p => "p" + p).Value.ShouldBe(1);
    }

    [Fact]
    public void Coverage_under_half_from_the_start_is_a_truck_factor_of_zero()
    {
        IReadOnlyList<int>[] files = [[0], [], []];

        var (value, people) = TruckFactor.Compute(files, p => "p" + p);

        value.ShouldBe(0);
        people.ShouldBeEmpty();
    }
}
