using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Accounts;

/// <summary>Administrators invite users, disable and enable them, reset their passwords and delete them. Invitation and reset
/// links are shown once, on the response to the post that made them, and never stored in the clear.</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class UsersModel(WorkspaceDb db, UserManager<WorkspaceUser> users, AccountLinks links, TimeProvider time) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, string Roles, string Status, bool Disabled, bool IsYou);

    /// <summary>A link just issued: the only time it is shown.</summary>
    public sealed record IssuedLink(string Email, AccountLinkPurpose Purpose, string Url, DateTimeOffset ExpiresAt);

    public List<Row> Users { get; private set; } = [];

    public IssuedLink? Issued { get; private set; }

    /// <summary>Why an action on a row was refused.</summary>
    public string? Error { get; private set; }

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [BindProperty]
    public string Role { get; set; } = Roles.Consultant;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Invites a user: the account has no password until they open the link and choose one.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Role is not (Roles.Consultant or Roles.Client))
        {
            ModelState.AddModelError(nameof(Role), "Choose Consultant or Client.");
        }

        if (ModelState.IsValid)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var user = new WorkspaceUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.DisplayName.Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(user);
            var roled = created.Succeeded ? await users.AddToRoleAsync(user, Role) : created;
            if (created.Succeeded && roled.Succeeded)
            {
                var token = await links.IssueAsync(user.Id, AccountLinkPurpose.Invitation, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                Show(user, AccountLinkPurpose.Invitation, token);
                ModelState.Clear();
                Input = new NewUserInput();
                Role = Roles.Consultant;
            }
            else
            {
                foreach (var e in created.Errors.Concat(roled.Errors).Distinct())
                {
                    ModelState.AddModelError(e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email" : string.Empty, e.Description);
                }
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Cuts a user off: they cannot sign in, and their sessions end on their next request.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => await OnOtherUserAsync(id, "disable", async user =>
    {
        user.DisabledAt = time.GetUtcNow();
        await users.UpdateSecurityStampAsync(user);
        return null;
    }, ct);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => await OnOtherUserAsync(id, "enable", async user =>
    {
        user.DisabledAt = null;
        await users.UpdateAsync(user);
        return null;
    }, ct);

    /// <summary>Removes the password (ending the user's sessions) and issues a link with which they choose a new one.</summary>
    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct) => await OnOtherUserAsync(id, "reset the password of", async user =>
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        // A reset also lifts a lock-out: the person is about to choose a password the administrator vouched for.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var token = await links.IssueAsync(user.Id, AccountLinkPurpose.PasswordReset, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Show(user, AccountLinkPurpose.PasswordReset, token);
        await LoadAsync(ct);
        return Page();
    }, ct);

    /// <summary>Deletes a user and their memberships. An engagement they were the only consultant of passes to the
    /// administrator who deleted them, so no engagement is left that nobody can reach.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct) => await OnOtherUserAsync(id, "delete", async user =>
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        if (await users.IsInRoleAsync(user, Roles.Admin) && !await db.UserRoles.AnyAsync(ur => ur.RoleId == adminRole && ur.UserId != user.Id, ct))
        {
            return "You cannot delete the last administrator.";
        }

        var me = users.GetUserId(User)!;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var orphaned = await db.Memberships
            .Where(m => m.UserId == user.Id && m.Role == EngagementRole.Consultant)
            .Where(m => !db.Memberships.Any(o => o.EngagementId == m.EngagementId && o.UserId != user.Id && o.Role == EngagementRole.Consultant))
            .Select(m => m.EngagementId)
            .ToListAsync(ct);
        foreach (var engagementId in orphaned)
        {
            await db.Memberships.Where(m => m.EngagementId == engagementId && m.UserId == me).ExecuteDeleteAsync(ct);
            db.Memberships.Add(new Membership { EngagementId = engagementId, UserId = me, Role = EngagementRole.Consultant });
        }

        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return string.Join(" ", deleted.Errors.Select(e => e.Description));
        }

        await tx.CommitAsync(ct);
        return null;
    }, ct);

    /// <summary>Runs an action on someone else's account: an administrator never disables, resets or deletes themselves here
    /// (that would lock them out; their own password is changed on their password page). The action returns an error, null
    /// for done (back to the list), or its own result.</summary>
    private async Task<IActionResult> OnOtherUserAsync(string id, string verb, Func<WorkspaceUser, Task<object?>> action, CancellationToken ct)
    {
        // The invitation form's fields are bound (empty) on these posts too; their messages are not this post's business.
        ModelState.Clear();
        var user = await users.FindByIdAsync(id ?? string.Empty);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            Error = $"You cannot {verb} your own account here.";
        }
        else
        {
            switch (await action(user))
            {
                case null:
                    return RedirectToPage();
                case IActionResult result:
                    return result;
                case string error:
                    Error = error;
                    break;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private void Show(WorkspaceUser user, AccountLinkPurpose purpose, string token) =>
        Issued = new IssuedLink(
            user.Email ?? string.Empty,
            purpose,
            $"{Request.Scheme}://{Request.Host}{AccountLinks.PagePath}?token={token}",
            time.GetUtcNow() + AccountLinks.Lifetime);

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = users.GetUserId(User);
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, ct);
        var userRoles = await db.UserRoles.ToListAsync(ct);
        Users = [.. (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct)).Select(u => new Row(
            u.Id,
            u.DisplayName,
            u.Email ?? string.Empty,
            string.Join(", ", userRoles.Where(r => r.UserId == u.Id).Select(r => roleNames.GetValueOrDefault(r.RoleId)).Order()),
            Status(u),
            u.DisabledAt is not null,
            u.Id == me))];
    }

    private static string Status(WorkspaceUser u) => u switch
    {
        { DisabledAt: { } at } => $"Disabled since {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
        { PasswordHash: null } => "Waiting to choose a password",
        _ => "Active",
    };
}
