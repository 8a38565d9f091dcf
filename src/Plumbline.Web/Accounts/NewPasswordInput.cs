using System.ComponentModel.DataAnnotations;

namespace Plumbline.Web.Accounts;

/// <summary>A password chosen by the person who will use it (first run, an invitation or reset link, a change), typed twice.</summary>
public sealed class NewPasswordInput
{
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
