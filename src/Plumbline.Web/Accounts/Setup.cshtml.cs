using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Accounts;

/// <summary>First run: creates the first administrator. Opens only with the setup token (checked by <see cref="FirstRun"/>
/// before this page runs); gone (404) once any user exists.</summary>
internal sealed class SetupModel(WorkspaceDb db, UserManager<WorkspaceUser> users, RoleManager<IdentityRole> roles, SignInManager<WorkspaceUser> signIn, FirstRun firstRun) : PageModel
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [BindProperty]
    public NewPasswordInput Password { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Two browsers racing on first run must not both become administrator.
        await Gate.WaitAsync(ct);
        try
        {
            if (!firstRun.Accepts(Request.Query["token"]) || await db.Users.AnyAsync(ct))
            {
                return NotFound();
            }

            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var user = new WorkspaceUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.DisplayName.Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password.Password);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors)
                {
                    ModelState.AddModelError(string.Empty, e.Description);
                }

                return Page();
            }

            await users.AddToRolesAsync(user, [Roles.Admin, Roles.Consultant]);
            await tx.CommitAsync(ct);
            firstRun.MarkDone();
            await Engagements.DemoEngagement.EnsureMembersAsync(db, ct);
            await signIn.SignInAsync(user, isPersistent: false);
            return Redirect("/");
        }
        finally
        {
            Gate.Release();
        }
    }
}
