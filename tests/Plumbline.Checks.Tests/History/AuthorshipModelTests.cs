using Plumbline.Checks.History;

namespace Plumbline.Checks.Tests.History;

public sealed class AuthorshipModelTests
{
    [Theory]
    [InlineData(true, 1, 0, 4.555)]   // 3.293 + 1.098 + 0.164
    [InlineData(false, 1, 0, 3.457)]  // 3.293 + 0.164
    [InlineData(false, 1, 9, 2.7179)] // 3.457 − 0.321·ln 10
    [InlineData(true, 4, 1, 4.8245)]  // 3.293 + 1.098 + 0.656 − 0.321·ln 2
    public void Doa_follows_the_published_model(bool creator, int deliveries, int others, double expected) =>
        DegreeOfAuthorship.Of(creator, deliveries, others).ShouldBe(expected, 0.0005);

    [Fact]
    public void Many_one_commit_contributors_leave_a_file_without_author()
    {
        // Ten people with one commit each: DOA 2.718 for all, below the 3.293 floor.
        var changes = Enumerable.Range(0, 10).ToDictionary(i => i, _ => 1);

        DegreeOfAuthorship.Authors(changes, creator: -1).ShouldBeEmpty();
    }

    [Fact]
    public void Truck_factor_removes_top_authors_until_half_the_files_are_orphaned()
    {
        // Files: {0}, {0}, {0,1}, {1}, {2}, {2}. Ranking: 0 (3 files), 1 (2), 2 (2; tie broken by name "p1" < "p2").
        // Without 0: files 1, 2 orphaned (2 of 6). Without 1 too: 4 of 6 → truck factor 2.
        IReadOnlyList<int>[] files = [[0], [0], [0, 1], [1], [2], [2]];

        var (value, people) = TruckFactor.Compute(files, p => "p" + p);

        value.ShouldBe(2);
        people.ShouldBe([0, 1]);
    }
}
