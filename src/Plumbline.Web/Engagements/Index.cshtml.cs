using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Engagements;

/// <summary>The engagements the signed-in user is a member of, and a form for consultants to start one.</summary>
/// <remarks>Archived engagements are finished work: listed only when asked for (<c>/?archived=true</c>), so the list
/// shows what is going on.</remarks>
internal sealed class IndexModel(WorkspaceDb db, UserManager<WorkspaceUser> users, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Name, string ClientName, EngagementRole Role, int OpenItems, DateTimeOffset? ArchivedAt);

    public sealed class NewEngagement
    {
        [Required(ErrorMessage = "Name the engagement, e.g. \"Spring 2026 review\".")]
        [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the client's business name.")]
        [StringLength(120, ErrorMessage = "Keep the client name under 120 characters.")]
        public string ClientName { get; set; } = string.Empty;
    }

    public List<Row> Engagements { get; private set; } = [];

    /// <summary>True to list the archived engagements instead of the active ones.</summary>
    [FromQuery]
    public bool Archived { get; set; }

    /// <summary>How many of the user's engagements are archived (the list offers them when there are any).</summary>
    public int ArchivedCount { get; private set; }

    /// <summary>What the last action elsewhere said (an engagement deleted).</summary>
    [TempData]
    public string? Message { get; set; }

    public bool CanCreate => User.IsInRole(Roles.Consultant) || User.IsInRole(Roles.Admin);

    [BindProperty]
    public NewEngagement Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanCreate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var now = time.GetUtcNow();
        var engagement = new Engagement
        {
            Name = Input.Name.Trim(),
            ClientName = Input.ClientName.Trim(),
            CreatedAt = now,
            PlanStart = DateOnly.FromDateTime(now.UtcDateTime),
        };
        engagement.Members.Add(new Membership { UserId = users.GetUserId(User)!, Role = EngagementRole.Consultant });
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(ct);
        return Redirect($"/engagements/{engagement.Id}/inventory");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User)!;
        var rows = await db.Memberships.Where(m => m.UserId == userId)
            .Join(db.Engagements, m => m.EngagementId, e => e.Id, (m, e) => new { e.Id, e.Name, e.ClientName, m.Role, e.ArchivedAt })
            .ToListAsync(ct);
        ArchivedCount = rows.Count(r => r.ArchivedAt is not null);
        rows = [.. rows.Where(r => (r.ArchivedAt is not null) == Archived)];
        var ids = rows.Select(r => r.Id).ToList();
        var open = await db.Items.Where(i => ids.Contains(i.EngagementId) && (i.Status == ItemStatus.Open || i.Status == ItemStatus.InProgress))
            .GroupBy(i => i.EngagementId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Engagements = [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => new Row(r.Id, r.Name, r.ClientName, r.Role, open.GetValueOrDefault(r.Id), r.ArchivedAt))];
    }
}
