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
internal sealed class IndexModel(WorkspaceDb db, UserManager<WorkspaceUser> users, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Name, string ClientName, EngagementRole Role, int OpenItems);

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
            .Join(db.Engagements, m => m.EngagementId, e => e.Id, (m, e) => new { e.Id, e.Name, e.ClientName, m.Role })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var open = await db.Items.Where(i => ids.Contains(i.EngagementId) && (i.Status == ItemStatus.Open || i.Status == ItemStatus.InProgress))
            .GroupBy(i => i.EngagementId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Engagements = [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => new Row(r.Id, r.Name, r.ClientName, r.Role, open.GetValueOrDefault(r.Id)))];
    }
}
