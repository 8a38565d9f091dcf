using Microsoft.AspNetCore.Identity;

namespace Plumbline.Web.Data;

/// <summary>A person who signs in: a consultant or a client.</summary>
public sealed class WorkspaceUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
