using System.ComponentModel.DataAnnotations;

namespace Plumbline.Web.Accounts;

/// <summary>The fields of a new account, shared by first-run setup and the users page.</summary>
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

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Use a password of at least 12 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
