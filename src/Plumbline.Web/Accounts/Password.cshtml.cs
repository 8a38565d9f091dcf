using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Every user changes their own password here; their other sessions end, this one stays signed in.</summary>
internal sealed class PasswordModel(UserManager<WorkspaceUser> users, SignInManager<WorkspaceUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // ChangePasswordAsync renews the security stamp, which ends every other session (SessionCheck).
        var result = await users.ChangePasswordAsync(user, CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : string.Empty,
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "That is not your current password." : e.Description);
            }

            return Page();
        }

        // This browser gets a cookie with the new stamp, so it stays signed in.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
