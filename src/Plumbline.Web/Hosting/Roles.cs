namespace Plumbline.Web.Hosting;

/// <summary>Workspace-wide roles. What a user may do inside an engagement is its <see cref="Data.Membership"/>.</summary>
public static class Roles
{
    /// <summary>Manages users; also a consultant.</summary>
    public const string Admin = "Admin";

    /// <summary>Creates and edits engagements.</summary>
    public const string Consultant = "Consultant";

    /// <summary>Reads the engagements they are invited to.</summary>
    public const string Client = "Client";

    public static IReadOnlyList<string> All { get; } = [Admin, Consultant, Client];
}
