namespace Plumbline.Web.Data;

/// <summary>A single-use link that lets one user set their password (an invitation or a reset).</summary>
/// <remarks>Only the SHA-256 of the token is stored: someone who reads the database cannot use a pending link.</remarks>
public sealed class AccountLink
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public AccountLinkPurpose Purpose { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the link was used; a used link is refused.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
