using Plumbline.Checks.Inventory;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;

namespace Plumbline.Web.Transfer;

/// <summary>An engagement as one JSON document: what <c>plumb export</c> writes and <c>plumb import</c> reads.</summary>
/// <remarks>Systems are referred to by name and items by key, so the document has no database ids and
/// imports into any workspace. Members are referred to by email; passwords never leave the database.</remarks>
public sealed record EngagementDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required EngagementPart Engagement { get; init; }

    public List<SystemPart> Systems { get; init; } = [];

    public List<DataPart> Data { get; init; } = [];

    public List<IntegrationPart> Integrations { get; init; } = [];

    public List<ItemPart> Items { get; init; } = [];

    /// <summary>Findings not attached to an item (passes, and evidence for items since removed).</summary>
    public List<FindingPart> Findings { get; init; } = [];

    public List<MemberPart> Members { get; init; } = [];

    /// <summary>Answers to assessments, in the answers-file format (YAML) that <c>plumb assess --answers</c> reads.</summary>
    public List<AssessmentPart> Assessments { get; init; } = [];

    /// <summary>Vendors' proposals as uploaded, the file itself in base64 (absent in backups made before issue 22: none).</summary>
    public List<ProposalPart> Proposals { get; init; } = [];

    public sealed record EngagementPart
    {
        public required string Name { get; init; }

        public required string ClientName { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string? BusinessGoal { get; init; }

        public int? TeamSize { get; init; }

        public decimal? Budget { get; init; }

        public string? Currency { get; init; }

        public string? Timeline { get; init; }

        public string? SystemUsers { get; init; }

        public string? FailureImpact { get; init; }

        public double CapacityHoursPerWeek { get; init; } = 8;

        public DateOnly PlanStart { get; init; }
    }

    public sealed record SystemPart
    {
        public required string Name { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string? Vendor { get; init; }

        public string? Owner { get; init; }

        /// <summary>Read from backups made before costs had a period and currency (a monthly cost); never written.</summary>
        public decimal? MonthlyCost { get; init; }

        public decimal? Cost { get; init; }

        public CostPeriod CostPeriod { get; init; }

        public string? Currency { get; init; }

        public DateOnly? ContractEnd { get; init; }

        public DateOnly? RenewalDate { get; init; }

        public int? NoticeDays { get; init; }

        public string? AccountOwner { get; init; }

        /// <summary>Null (or absent) when nobody has said.</summary>
        public bool? DataExportable { get; init; }

        public string? DataExportHow { get; init; }

        public RenewalDecision RenewalDecision { get; init; }

        public int PeopleWhoKnowIt { get; init; }

        public int AdminAccounts { get; init; }

        public bool MfaEnforced { get; init; }

        /// <summary>Null (or absent) when nobody has said.</summary>
        public bool? HasBackups { get; init; }

        public DateOnly? LastRestoreTest { get; init; }

        public SystemLifecycle Lifecycle { get; init; }

        public int? BusinessFit { get; init; }

        public int? TechnicalFit { get; init; }
    }

    public sealed record DataPart(string System, string DataKind, bool SourceOfTruth);

    public sealed record IntegrationPart(string From, string To, IntegrationKind Kind, string? DataKind, bool AlertsOnFailure);

    public sealed record ItemPart
    {
        public required string Key { get; init; }

        public required string Title { get; init; }

        public string? Description { get; init; }

        public string? RecommendationId { get; init; }

        public int Impact { get; init; }

        public int Effort { get; init; }

        public Phase Phase { get; init; }

        public ItemStatus Status { get; init; }

        public ItemOrigin Origin { get; init; }

        public string? Owner { get; init; }

        public double? EstimateHours { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public List<string> DependsOn { get; init; } = [];

        public List<FindingPart> Findings { get; init; } = [];
    }

    public sealed record FindingPart
    {
        public required string Source { get; init; }

        public required string CheckId { get; init; }

        public required string RecommendationId { get; init; }

        public Outcome Outcome { get; init; }

        public Severity Severity { get; init; }

        public string Detail { get; init; } = string.Empty;

        public string? Path { get; init; }

        public int? Line { get; init; }

        public string? Commit { get; init; }

        public string? Record { get; init; }

        public string Fingerprint { get; init; } = string.Empty;

        public List<string> Evidence { get; init; } = [];
    }

    public sealed record MemberPart(string Email, EngagementRole Role);

    public sealed record AssessmentPart
    {
        public required string TemplateId { get; init; }

        public required string Answers { get; init; }

        public string? UpdatedBy { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public DateTimeOffset? ScoredAt { get; init; }
    }

    public sealed record ProposalPart
    {
        public required string Name { get; init; }

        /// <summary>The file's bytes, base64.</summary>
        public required string Content { get; init; }

        public string? UploadedBy { get; init; }

        public DateTimeOffset UploadedAt { get; init; }
    }
}
