using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>Who can see this engagement; consultants add existing users as consultants or clients, and remove members
/// (never the last consultant, so someone can still edit it). A removed member's next request to it is a 404.</summary>
internal sealed class MembersModel(WorkspaceDb db) : EngagementPageModel(db)
{
    protected override string Section => "members";

    public sealed record Row(int Id, string Name, string Email, EngagementRole Role);

    public List<Row> Rows { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter the email of the user to add.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [EnumDataType(typeof(EngagementRole), ErrorMessage = "Choose Client or Consultant.")]
    public EngagementRole Role { get; set; } = EngagementRole.Client;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var normalized = Email.Trim().ToUpperInvariant();
        var user = await Db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            ModelState.AddModelError(nameof(Email), "No user has that email; an administrator adds users on the Users page.");
            return Page();
        }

        if (await Db.Memberships.AnyAsync(m => m.EngagementId == EngagementId && m.UserId == user.Id, ct))
        {
            ModelState.AddModelError(nameof(Email), $"{user.Email} is already a member.");
            return Page();
        }

        Db.Memberships.Add(new Membership { EngagementId = EngagementId, UserId = user.Id, Role = Role });
        await Db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int membershipId, CancellationToken ct)
    {
        // The add form's fields are bound (empty) on this post too; their messages do not belong to it.
        ModelState.Clear();
        var membership = await Db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.EngagementId == EngagementId, ct);
        if (membership is null)
        {
            return NotFound();
        }

        if (membership.Role == EngagementRole.Consultant
            && !await Db.Memberships.AnyAsync(m => m.EngagementId == EngagementId && m.Id != membership.Id && m.Role == EngagementRole.Consultant, ct))
        {
            await LoadAsync(ct);
            ModelState.AddModelError(string.Empty, "An engagement needs at least one consultant: add another before removing the last one.");
            return Page();
        }

        Db.Memberships.Remove(membership);
        await Db.SaveChangesAsync(ct);
        // Removing oneself: this engagement no longer exists for you.
        return membership.UserId == Membership.UserId ? Redirect("/") : RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        Rows = await Db.Memberships.Where(m => m.EngagementId == EngagementId)
            .Join(Db.Users, m => m.UserId, u => u.Id, (m, u) => new Row(m.Id, u.DisplayName, u.Email ?? string.Empty, m.Role))
            .ToListAsync(ct);
    }
}
