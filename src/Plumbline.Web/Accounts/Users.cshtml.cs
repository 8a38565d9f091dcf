using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Accounts;

/// <summary>Administrators list and add users.</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class UsersModel(WorkspaceDb db, UserManager<WorkspaceUser> users) : PageModel
{
    public sealed record Row(string Name, string Email, string Roles);

    public List<Row> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [BindProperty]
    public string Role { get; set; } = Roles.Consultant;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

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
            var created = await users.CreateAsync(user, Input.Password);
            var roled = created.Succeeded ? await users.AddToRoleAsync(user, Role) : created;
            if (created.Succeeded && roled.Succeeded)
            {
                await tx.CommitAsync(ct);
                return RedirectToPage();
            }

            foreach (var e in created.Errors.Concat(roled.Errors).Distinct())
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, ct);
        var userRoles = await db.UserRoles.ToListAsync(ct);
        Users = [.. (await db.Users.OrderBy(u => u.Email).ToListAsync(ct)).Select(u => new Row(
            u.DisplayName,
            u.Email ?? string.Empty,
            string.Join(", ", userRoles.Where(r => r.UserId == u.Id).Select(r => roleNames.GetValueOrDefault(r.RoleId)).Order())))];
    }
}
