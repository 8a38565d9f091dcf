using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Register;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Register;

/// <summary>Taking one report's evidence back out of a register, on a real SQLite workspace.</summary>
public sealed class RegisterRemovalTests
{
    private const string Wrong = "report:wrongfolder1";
    private const string Other = "report:otherreport1";

    private static StoredFinding Finding(int engagementId, string source, string check, Outcome outcome = Outcome.Fail) => new()
    {
        EngagementId = engagementId,
        Source = source,
        CheckId = check,
        RecommendationId = "rec",
        Outcome = outcome,
        Severity = Severity.High,
        Detail = check,
        Fingerprint = Fingerprint.Of(check, source),
    };

    private static RegisterItem Item(int engagementId, string key, ItemOrigin origin = ItemOrigin.Findings, ItemStatus status = ItemStatus.Open) => new()
    {
        EngagementId = engagementId,
        Key = key,
        Title = "Item " + key,
        Impact = 3,
        Effort = 2,
        Phase = Phase.RiskReduction,
        Status = status,
        Origin = origin,
    };

    private static async Task<int> EngagementAsync(WorkspaceDb db, string name)
    {
        var e = new Engagement { Name = name, ClientName = name };
        db.Engagements.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }

    private static RegisterItem Fed(int engagementId, string key, params string[] sources)
    {
        var item = Item(engagementId, key);
        item.Findings.AddRange(sources.Select(s => Finding(engagementId, s, key + "-check")));
        return item;
    }

    [Fact]
    public async Task Removing_a_report_takes_its_findings_and_the_untouched_items_only_it_supports()
    {
        using var factory = new WorkspaceFactory();
        int id, otherEngagement;
        await using (var db = factory.OpenDb())
        {
            id = await EngagementAsync(db, "Shop");
            otherEngagement = await EngagementAsync(db, "Elsewhere");
            var onlyWrong = Fed(id, "only-wrong", Wrong);
            var shared = Fed(id, "shared", Wrong, Other);
            var started = Fed(id, "started", Wrong);
            started.Status = ItemStatus.InProgress;
            var owned = Fed(id, "owned", Wrong);
            owned.Owner = "Sam";
            var estimated = Fed(id, "estimated", Wrong);
            estimated.EstimateHours = 4;
            var waitedFor = Fed(id, "waited-for", Wrong);
            var waiting = Fed(id, "waiting", Other);
            var manual = Item(id, "manual", ItemOrigin.Manual);
            manual.Findings.Add(Finding(id, Wrong, "manual-check"));
            var untouched = Fed(id, "untouched", Other);
            db.Items.AddRange(onlyWrong, shared, started, owned, estimated, waitedFor, waiting, manual, untouched);
            db.Findings.Add(Finding(id, Wrong, "a-pass", Outcome.Pass));
            db.Findings.Add(Finding(otherEngagement, Wrong, "same-source-elsewhere"));
            await db.SaveChangesAsync();
            waiting.DependsOn.Add(new ItemDependency { DependsOnId = waitedFor.Id });
            await db.SaveChangesAsync();
        }

        await using (var db = factory.OpenDb())
        {
            var plan = await RegisterRemoval.PlanAsync(db, id, Wrong, CancellationToken.None);

            plan.Findings.Count.ShouldBe(8);
            plan.Removed.Select(i => i.Key).ShouldBe(["only-wrong"]);
            plan.Kept.ToDictionary(k => k.Item.Key, k => k.Reason).ShouldBe(new Dictionary<string, string>
            {
                ["shared"] = "another source has evidence for it",
                ["started"] = "it has been worked on (status: InProgress)",
                ["owned"] = "it has been worked on (an owner or an estimate is set)",
                ["estimated"] = "it has been worked on (an owner or an estimate is set)",
                ["waited-for"] = "it is in a dependency of the roadmap",
                ["manual"] = "it was not made by an audit (origin: Manual)",
            }, ignoreOrder: true);

            RegisterRemoval.Apply(db, plan);
            await db.SaveChangesAsync();
        }

        await using var check = factory.OpenDb();
        (await check.Items.Where(i => i.EngagementId == id).Select(i => i.Key).OrderBy(k => k).ToListAsync())
            .ShouldBe(["estimated", "manual", "owned", "shared", "started", "untouched", "waited-for", "waiting"]);
        (await check.Findings.AnyAsync(f => f.EngagementId == id && f.Source == Wrong)).ShouldBeFalse();
        (await check.Findings.CountAsync(f => f.EngagementId == id && f.Source == Other)).ShouldBe(3);
        (await check.Findings.CountAsync(f => f.EngagementId == otherEngagement && f.Source == Wrong)).ShouldBe(1);
        (await check.ItemDependencies.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Removing_the_only_source_of_a_register_leaves_it_empty()
    {
        using var factory = new WorkspaceFactory();
        int id;
        await using (var db = factory.OpenDb())
        {
            id = await EngagementAsync(db, "Shop");
            db.Items.AddRange(Fed(id, "a", Wrong), Fed(id, "b", Wrong));
            await db.SaveChangesAsync();
        }

        await using (var db = factory.OpenDb())
        {
            var plan = await RegisterRemoval.PlanAsync(db, id, Wrong, CancellationToken.None);
            plan.Removed.Count.ShouldBe(2);
            RegisterRemoval.Apply(db, plan);
            await db.SaveChangesAsync();
        }

        await using var check = factory.OpenDb();
        (await check.Items.AnyAsync(i => i.EngagementId == id)).ShouldBeFalse();
        (await check.Findings.AnyAsync(f => f.EngagementId == id)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("report:0123456789ab", true)]
    [InlineData("inventory", false)]
    [InlineData("assessment:warning-signs", false)]
    public void Only_reports_are_removed_this_way(string source, bool removable)
    {
        RegisterRemoval.IsRemovable(source).ShouldBe(removable);
    }
}
