using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Signs out on POST only (a link or image cannot sign someone out).</summary>
internal sealed class SignOutModel(SignInManager<WorkspaceUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/signin");
    }
}
