using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>Deletes an engagement and everything in it, in one transaction.</summary>
/// <remarks>The database cascades from the engagement to members, systems, data, items, findings, jobs and answers.
/// Two links do not cascade (<c>ON DELETE NO ACTION</c>, so deleting one item or system never silently takes others):
/// dependencies between items and integrations into a system. PostgreSQL checks those while the cascade is still under
/// way, so they are deleted first, explicitly.</remarks>
internal static class EngagementDeletion
{
    public static async Task DeleteAsync(WorkspaceDb db, int engagementId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var items = db.Items.Where(i => i.EngagementId == engagementId).Select(i => i.Id);
            await db.ItemDependencies.Where(d => items.Contains(d.ItemId) || items.Contains(d.DependsOnId)).ExecuteDeleteAsync(ct);
            await db.Integrations.Where(i => i.EngagementId == engagementId).ExecuteDeleteAsync(ct);
            await db.Engagements.Where(e => e.Id == engagementId).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        });
    }
}
