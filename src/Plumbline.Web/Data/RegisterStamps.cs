using Microsoft.EntityFrameworkCore;

namespace Plumbline.Web.Data;

/// <summary>Gives every engagement touched by a save a new <see cref="Engagement.RegisterStamp"/>, inside the same save.</summary>
/// <remarks>A fresh random stamp, not a counter: two saves that raced from the same stamp can never end on the same
/// value, so a page rendered between them is never mistaken for the latest. Audit job progress does not count: it
/// changes nothing the register pages show and is written often.</remarks>
internal static class RegisterStamps
{
    public static void Renew(WorkspaceDb db)
    {
        var touched = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case AuditJob:
                    break;
                case Engagement e when entry.State == EntityState.Modified:
                    touched.Add(e.Id);
                    break;
                case ItemDependency d:
                    touched.Add(EngagementOfItem(db, d.ItemId));
                    break;
                default:
                    if (entry.Metadata.FindProperty("EngagementId") is not null && entry.Property("EngagementId").CurrentValue is int id)
                    {
                        touched.Add(id);
                    }

                    break;
            }
        }

        // Ids of engagements added in this save are still temporary (not positive): a new engagement starts with its own stamp.
        foreach (var id in touched.Where(id => id > 0))
        {
            var engagement = db.Engagements.Local.FirstOrDefault(e => e.Id == id) ?? db.Engagements.Find(id);
            if (engagement is not null)
            {
                engagement.RegisterStamp = Guid.NewGuid();
            }
        }
    }

    private static int EngagementOfItem(WorkspaceDb db, int itemId)
    {
        var tracked = db.ChangeTracker.Entries<RegisterItem>().FirstOrDefault(e => e.Entity.Id == itemId);
        return tracked?.Entity.EngagementId
            ?? db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.EngagementId).FirstOrDefault();
    }
}
