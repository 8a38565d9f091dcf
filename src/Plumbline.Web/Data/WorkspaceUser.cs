using Microsoft.AspNetCore.Identity;

namespace Plumbline.Web.Data;

/// <summary>A person who signs in: a consultant or a client.</summary>
public sealed class WorkspaceUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>When an administrator cut this person off: they cannot sign in and their sessions have ended. Null while active.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
