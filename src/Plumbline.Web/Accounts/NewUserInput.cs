using System.ComponentModel.DataAnnotations;

namespace Plumbline.Web.Accounts;

/// <summary>Who a new account is for, shared by first-run setup and invitations. The password is never the administrator's
/// to type: see <see cref="NewPasswordInput"/>.</summary>
public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
    [StringLength(200, ErrorMessage = "Keep the email under 200 characters.")]
    public string Email { get; set; } = string.Empty;
}
