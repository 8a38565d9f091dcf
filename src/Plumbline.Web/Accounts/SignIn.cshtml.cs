using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Password sign-in with lock-out after repeated failures (and the sign-in rate limit in front).</summary>
internal sealed class SignInModel(SignInManager<WorkspaceUser> signIn, UserManager<WorkspaceUser> users) : PageModel
{
    public const string Disabled = "This account has been disabled by an administrator. Ask them to enable it again.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var message = "That email and password do not match an account.";
        if (result.IsLockedOut)
        {
            message = "This account is locked after too many failed attempts. Try again in 15 minutes.";
        }
        else if (result.IsNotAllowed && await users.FindByEmailAsync(Email.Trim()) is { } user && await users.CheckPasswordAsync(user, Password))
        {
            // Refused before the password was checked (WorkspaceSignInManager); say "disabled" only to someone who knows
            // the password, so the page does not tell strangers which addresses have disabled accounts.
            message = Disabled;
        }

        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}
