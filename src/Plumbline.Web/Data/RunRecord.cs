namespace Plumbline.Web.Data;

/// <summary>One audit or check run merged into an engagement (imported or run from the page), kept so the next run of
/// the same target can be compared with it and the engagement's trends can be drawn.</summary>
public sealed class RunRecord
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>The register source its findings were filed under (one per kind and target; see Audits/ReportImport).</summary>
    public string Source { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;

    /// <summary>When the run was made (the report's generatedAt).</summary>
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>Fingerprints of its failing findings, one a line: what a later run is compared with.</summary>
    public string FailingFingerprints { get; set; } = string.Empty;

    /// <summary>False for the first run of a target: there was nothing to compare it with, so the counts below are zero.</summary>
    public bool Compared { get; set; }

    public int Fixed { get; set; }

    public int New { get; set; }

    public int StillOpen { get; set; }

    public int Regressed { get; set; }

    public int NotRechecked { get; set; }

    public int? Secrets { get; set; }

    public int? TruckFactor { get; set; }

    public string? SiteGrade { get; set; }

    public int? VulnerablePackages { get; set; }

    /// <summary>The register's open and in-progress items by quadrant right after this run was merged.</summary>
    public int OpenDoNow { get; set; }

    public int OpenPlanAndInvest { get; set; }

    public int OpenQuickWins { get; set; }

    public int OpenSkipForNow { get; set; }

    public IReadOnlySet<string> Fingerprints() =>
        FailingFingerprints.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
