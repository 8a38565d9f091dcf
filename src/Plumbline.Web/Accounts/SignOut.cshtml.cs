using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Signs out on POST only (a link or image cannot sign someone out).</summary>
internal sealed class SignOutModel(SignInManager<WorkspaceUser> signIn, UserManager<WorkspaceUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every copy of this user's cookie (SessionCheck), not just the one this browser drops.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/signin");
    }
}
