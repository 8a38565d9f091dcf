using Plumbline.Web.Data;
using Plumbline.Web.Register;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Register;

public sealed class RegisterPlanTests
{
    [Fact]
    public async Task A_register_with_several_items_added_but_not_yet_saved_still_plans()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Merge");
        await using var db = factory.OpenDb();
        var engagement = db.Engagements.Single(e => e.Id == id);
        var items = new List<RegisterItem>();
        foreach (var key in new[] { "first", "second", "third" })
        {
            var item = new RegisterItem { EngagementId = id, Key = key, Title = key, Impact = 5, Effort = 2 };
            db.Items.Add(item);
            items.Add(item);
        }

        // Merges (report imports, assessment scoring) plan the would-be register before its one save.
        var plan = RegisterService.Plan(engagement, items);

        plan.Success.ShouldBeTrue(string.Join("; ", plan.Errors));
        plan.Value.Scheduled.Select(s => s.Item.Id).Order(StringComparer.Ordinal).ShouldBe(["first", "second", "third"]);
    }
}
