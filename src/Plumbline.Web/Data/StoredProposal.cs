namespace Plumbline.Web.Data;

/// <summary>A vendor's proposal uploaded to an engagement, kept as the file itself so the review can be run again
/// (after a rule change, or with another proposal beside it) and the backup carries it.</summary>
public sealed class StoredProposal
{
    /// <summary>The longest file name kept; longer names are refused at upload.</summary>
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>The uploaded file's name (no folder): its extension decides how it is read, and the review names it.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The file's bytes, at most <c>ProposalReader.MaxBytes</c>.</summary>
    public byte[] Content { get; set; } = [];

    public string? UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
