namespace Plumbline.Web.Data;

/// <summary>A user's place in one engagement; without one, the engagement does not exist for them.</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public EngagementRole Role { get; set; }

    public WorkspaceUser? User { get; set; }
}
