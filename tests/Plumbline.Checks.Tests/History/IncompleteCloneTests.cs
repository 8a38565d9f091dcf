using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.History;

/// <summary>Clones that lack objects: one unreadable object is a note about its file, not a failed stage, and a
/// partial clone (--filter=blob:none) is read from names and object ids without fetching anything.</summary>
public sealed class IncompleteCloneTests : IDisposable
{
    private readonly HistoryRepo _repo = new();
    private readonly string _clone = Path.Combine(Path.GetTempPath(), "plumbline-partial-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _repo.Dispose();
        if (Directory.Exists(_clone))
        {
            foreach (var f in Directory.EnumerateFiles(_clone, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }

            Directory.Delete(_clone, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_object_leaves_its_file_out_with_an_inconclusive_note()
    {
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("src/a.cs", 10))
            .Commit("Ann <ann@x.test>", "2024-01-02", ("src/b.cs", 10))
            .Modify("Ben <ben@x.test>", "2024-01-03", "src/a.cs");
        // The first version of a.cs disappears: git cannot diff Ben's change any more.
        var blob = _repo.Git(null, null, "rev-parse", "HEAD~2:src/a.cs").Trim();
        File.Delete(Path.Combine(_repo.Root, ".git", "objects", blob[..2], blob[2..]));

        var result = await _repo.AuditAsync("2024-02-01");

        var note = result.Findings.Single(f => f.CheckId == HistoryStage.StageCheckId);
        note.Outcome.ShouldBe(Outcome.Inconclusive);
        note.Location.Path.ShouldBe("src/a.cs");
        note.Detail.ShouldBe("git could not read a version of src/a.cs (the clone lacks the object), so its history was left out: nobody is counted as its author.");
        // b.cs alone counts: Ann created it and is its only author → truck factor 1.
        result.Metrics["activity"]!["sourceFiles"]!.GetValue<int>().ShouldBe(1);
        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_partial_clone_is_read_without_fetching_contents()
    {
        // Ann creates src/a.cs and changes it once; Ben moves it unchanged to lib/a.cs, an exact rename that object
        // ids alone reveal (his delivery). Ann: FA=1, DL=1, AC=1 → 4.3325; Ben: DL=1, AC=1 → 3.2345 < 3.293.
        // Ann alone is the author → truck factor 1, Ann. Had the rename been lost, Ben would have created lib/a.cs
        // and be its only author.
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("src/a.cs", 10))
            .Modify("Ann <ann@x.test>", "2024-01-02", "src/a.cs")
            .Rename("Ben <ben@x.test>", "2024-01-03", "src/a.cs", "lib/a.cs");
        _repo.Git(null, null, "config", "uploadpack.allowFilter", "true");
        _repo.Git(null, null, "clone", "-q", "--filter=blob:none", "--no-local", "file://" + _repo.Root, _clone);

        var context = new AuditContext(_clone, "partial", AuditConfig.Empty, new FakeTimeProvider(new DateTimeOffset(2024, 2, 1, 12, 0, 0, TimeSpan.Zero))) { IsGitRepository = true };
        var result = await new HistoryStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);

        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(1);
        result.Metrics["truckFactorAuthors"]!.AsArray().Single()!.GetValue<string>().ShouldBe("Ann");
        result.Metrics["activity"]!["contentsRead"]!.GetValue<bool>().ShouldBeFalse();
        result.Metrics["authors"]!.AsArray()[0]!["linesAdded"].ShouldBeNull();
        var note = result.Findings.Single(f => f.CheckId == HistoryStage.StageCheckId);
        note.Outcome.ShouldBe(Outcome.Pass);
        note.Detail.ShouldStartWith("The repository is a partial clone");
    }
}
