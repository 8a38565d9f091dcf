using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Where an invitation or reset link lands (no sign-in needed): the user chooses a password and is signed in.
/// A link works once and for <see cref="AccountLinks.Lifetime"/>.</summary>
internal sealed class SetPasswordModel(WorkspaceDb db, AccountLinks links, UserManager<WorkspaceUser> users, SignInManager<WorkspaceUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    /// <summary>Why the link cannot be used; null when it can.</summary>
    public string? Problem { get; private set; }

    public WorkspaceUser? Person { get; private set; }

    public AccountLinkPurpose Purpose { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await CheckAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var link = await CheckAsync(ct);
        if (link is null || Person is null || !ModelState.IsValid)
        {
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await links.ClaimAsync(link, ct))
        {
            Problem = "This link has already been used. Sign in with the password you chose, or ask your administrator for a new link.";
            return Page();
        }

        var result = await users.HasPasswordAsync(Person) ? await users.RemovePasswordAsync(Person) : IdentityResult.Success;
        if (result.Succeeded)
        {
            // Changes the security stamp too, so any session from before the link ends.
            result = await users.AddPasswordAsync(Person, Input.Password);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }

            return Page();
        }

        await tx.CommitAsync(ct);
        await signIn.SignInAsync(Person, isPersistent: false);
        return Redirect("/");
    }

    private async Task<AccountLink?> CheckAsync(CancellationToken ct)
    {
        var check = await links.CheckAsync(Token, ct);
        Problem = check.Problem;
        Person = check.User;
        Purpose = check.Link?.Purpose ?? AccountLinkPurpose.Invitation;
        return check.Link;
    }
}
