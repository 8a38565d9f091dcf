namespace Plumbline.Web.Data;

/// <summary>Where a background audit stands.</summary>
public enum AuditJobState
{
    Queued,
    Running,
    Finished,
    Failed,
}
