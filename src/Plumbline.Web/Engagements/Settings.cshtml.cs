using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>How an engagement ends: archived (read-only, off the list, restorable) or deleted with everything in it.</summary>
/// <remarks>The one page an archived engagement accepts posts on, so it can be restored or deleted; consultants only.
/// Deleting asks for the engagement's name typed exactly and offers the backup first: nothing is gone by a slip.</remarks>
[WritableWhenArchived]
[ConsultantsOnly]
internal sealed class SettingsModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "settings";

    /// <summary>The engagement's name as the consultant typed it to confirm the deletion.</summary>
    [BindProperty]
    public string? ConfirmName { get; set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>A queued or running audit job would write into the engagement after it was archived or deleted.</summary>
    public bool JobActive { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);

        if (JobActive)
        {
            ModelState.AddModelError(string.Empty, "An audit or check is queued or running; archive the engagement when it has finished.");
            return Page();
        }

        Engagement.ArchivedAt ??= time.GetUtcNow();
        await Db.SaveChangesAsync(ct);
        Message = "Archived: the engagement is read-only and no longer in the list of engagements. Restore it here at any time.";
        return Redirect($"/engagements/{EngagementId}/settings");
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        await LoadAsync(ct);

        Engagement.ArchivedAt = null;
        await Db.SaveChangesAsync(ct);
        Message = "Restored: the engagement can be changed again and is back in the list.";
        return Redirect($"/engagements/{EngagementId}/settings");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await LoadAsync(ct);

        // Exactly as shown: a name typed from memory, or another engagement's, deletes nothing.
        if (!string.Equals(ConfirmName, Engagement.Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmName), $"Type the engagement's name exactly as shown ({Engagement.Name}) to delete it.");
            return Page();
        }

        if (JobActive)
        {
            ModelState.AddModelError(string.Empty, "An audit or check is queued or running; delete the engagement when it has finished.");
            return Page();
        }

        await EngagementDeletion.DeleteAsync(Db, EngagementId, ct);
        Message = $"Deleted the engagement {Engagement.Name} and everything in it.";
        return Redirect("/");
    }

    /// <summary>Loads the page (only consultants reach it: <see cref="ConsultantsOnlyAttribute"/>).</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        JobActive = await Db.AuditJobs.AnyAsync(j => j.EngagementId == EngagementId && (j.State == AuditJobState.Queued || j.State == AuditJobState.Running), ct);
    }
}
