namespace Plumbline.Web.Data;

/// <summary>What a member may do in an engagement.</summary>
public enum EngagementRole
{
    /// <summary>Reads and edits everything.</summary>
    Consultant,

    /// <summary>Reads; answers questionnaires.</summary>
    Client,
}
