using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Transfer;

namespace Plumbline.Web.Engagements;

/// <summary>Imports an engagement backup (what <c>plumb export</c> and the Overview's download write), with the same
/// validation as <c>plumb import</c>. When an engagement of the same name exists, asks: replace it, or keep both.</summary>
/// <remarks>Administrators only: an import creates an engagement with its members, and replacing deletes one. The
/// uploaded file waits for the answer in memory for a few minutes, keyed to the user, so it is not sent twice.</remarks>
[Authorize(Roles = Roles.Admin)]
[RequestSizeLimit(MaxBytes + 65536)]
internal sealed class ImportModel(WorkspaceDb db, UserManager<WorkspaceUser> users, IMemoryCache pending) : PageModel
{
    public const int MaxBytes = 50 * 1024 * 1024;

    public List<string> Errors { get; private set; } = [];

    /// <summary>Set when the backup's name is taken: the engagements it matches, and the name "keep both" would use.</summary>
    public List<(int Id, string Name)> SameName { get; private set; } = [];

    public string? KeepBothName { get; private set; }

    public string? Token { get; private set; }

    public string? BackupName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? backup, CancellationToken ct)
    {
        if (backup is null || backup.Length == 0)
        {
            Errors.Add("Choose an engagement backup (.json) to import.");
            return Page();
        }

        if (backup.Length > MaxBytes)
        {
            Errors.Add($"{backup.FileName}: larger than {MaxBytes / (1024 * 1024)} MB; is it an engagement backup?");
            return Page();
        }

        string text;
        using (var reader = new StreamReader(backup.OpenReadStream()))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var read = EngagementImporter.Read(text, Path.GetFileName(backup.FileName));
        if (!read.Success)
        {
            Errors.AddRange(read.Errors.Select(e => e.ToString()));
            return Page();
        }

        var doc = read.Value;
        SameName = await SameNameAsync(doc.Engagement.Name, ct);
        if (SameName.Count == 0)
        {
            return await ImportAsync(doc, replace: null, ct);
        }

        // Ask before anything is written: replace, or keep both.
        Token = Guid.NewGuid().ToString("n");
        pending.Set(Key(Token), doc, TimeSpan.FromMinutes(15));
        BackupName = doc.Engagement.Name;
        KeepBothName = await KeepBothNameAsync(doc.Engagement.Name, ct);
        return Page();
    }

    /// <summary>The answer to "an engagement of this name exists": <c>replace-ID</c> (one of those shown) or <c>keep-both</c>.</summary>
    public async Task<IActionResult> OnPostResolveAsync(string? token, string? choice, CancellationToken ct)
    {
        if (token is null || !pending.TryGetValue(Key(token), out EngagementDocument? doc) || doc is null)
        {
            Errors.Add("That upload has expired (uploads wait 15 minutes for an answer); choose the file again.");
            return Page();
        }

        int? replaceId = choice is not null && choice.StartsWith("replace-", StringComparison.Ordinal)
            && int.TryParse(choice.AsSpan("replace-".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        switch (replaceId is null ? choice : "replace")
        {
            case "keep-both":
                pending.Remove(Key(token));
                var name = await KeepBothNameAsync(doc.Engagement.Name, ct);
                return await ImportAsync(doc with { Engagement = doc.Engagement with { Name = name } }, replace: null, ct);
            case "replace" when replaceId is { } id && (await SameNameAsync(doc.Engagement.Name, ct)).Any(e => e.Id == id):
                if (await db.AuditJobs.AnyAsync(j => j.EngagementId == id && (j.State == AuditJobState.Queued || j.State == AuditJobState.Running), ct))
                {
                    Errors.Add("An audit or check is queued or running on the engagement to replace; import again when it has finished.");
                    return Page();
                }

                pending.Remove(Key(token));
                return await ImportAsync(doc, replace: id, ct);
            default:
                Errors.Add("Choose whether to replace the engagement or keep both.");
                return Page();
        }
    }

    private async Task<IActionResult> ImportAsync(EngagementDocument doc, int? replace, CancellationToken ct)
    {
        // The importing administrator is a consultant on it, so it can be opened at once; members named in the file are
        // matched by email as plumb import matches them.
        var (id, unknown) = await EngagementImporter.ImportAsync(db, doc, [(users.GetUserId(User)!, EngagementRole.Consultant)], ct);
        if (replace is { } old)
        {
            // After the import succeeded: a failed import leaves the old engagement as it was.
            await EngagementDeletion.DeleteAsync(db, old, ct);
        }

        var said = replace is null ? "Imported" : "Replaced with the backup:";
        TempData["Imported"] = $"{said} {doc.Engagement.Name} ({doc.Systems.Count} systems, {doc.Items.Count} items)."
            + (unknown.Count > 0 ? $" No account for {string.Join(", ", unknown)}: invite them and add them on Members." : string.Empty);
        return Redirect($"/engagements/{id}");
    }

    // A workspace holds tens of engagements, not millions: names are compared here, ignoring case the same way on every database.
    private async Task<List<(int Id, string Name)>> SameNameAsync(string name, CancellationToken ct)
    {
        var rows = await db.Engagements.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        return [.. rows.Where(r => string.Equals(r.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).Select(r => (r.Id, r.Name))];
    }

    private async Task<string> KeepBothNameAsync(string name, CancellationToken ct) =>
        ImportName.Distinct(name.Trim(), await db.Engagements.AsNoTracking().Select(e => e.Name).ToListAsync(ct));

    private string Key(string token) => $"engagement-import:{users.GetUserId(User)}:{token}";
}
