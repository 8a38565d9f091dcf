namespace Plumbline.Web.Data;

/// <summary>Why a single-use link to set a password was issued; the page says which.</summary>
public enum AccountLinkPurpose
{
    /// <summary>A new user chooses their first password.</summary>
    Invitation,

    /// <summary>An administrator removed the password; the user chooses a new one.</summary>
    PasswordReset,
}
