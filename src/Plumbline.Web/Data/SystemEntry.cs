using Plumbline.Checks.Inventory;
namespace Plumbline.Web.Data;

/// <summary>One system in the inventory: a tool, service or application the business runs on.</summary>
public sealed class SystemEntry
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Vendor { get; set; }

    public string? Owner { get; set; }

    /// <summary>What the system costs, per <see cref="CostPeriod"/>, in <see cref="Currency"/>.</summary>
    public decimal? Cost { get; set; }

    public CostPeriod CostPeriod { get; set; }

    /// <summary>ISO 4217 code (EUR, GBP, USD…); null when not said.</summary>
    public string? Currency { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public DateOnly? RenewalDate { get; set; }

    /// <summary>Days of notice the vendor needs before the renewal to cancel or change the contract.</summary>
    public int? NoticeDays { get; set; }

    /// <summary>The person who holds the vendor account (a name, not a team).</summary>
    public string? AccountOwner { get; set; }

    /// <summary>Can the business get its data out? Null when nobody has said.</summary>
    public bool? DataExportable { get; set; }

    /// <summary>How the data comes out (a CSV export, an API, a support request…).</summary>
    public string? DataExportHow { get; set; }

    public RenewalDecision RenewalDecision { get; set; }

    /// <summary>The date the contract next renews or, with no renewal date, ends: what notice deadlines count back from.</summary>
    public DateOnly? RenewsOn => RenewalDate ?? ContractEnd;

    public int PeopleWhoKnowIt { get; set; }

    public int AdminAccounts { get; set; }

    public bool MfaEnforced { get; set; }

    /// <summary>Null when nobody has said: the default, so a skipped question never records backups that may not exist.</summary>
    public bool? HasBackups { get; set; }

    public DateOnly? LastRestoreTest { get; set; }

    public SystemLifecycle Lifecycle { get; set; }

    /// <summary>1–5: how well it serves the business (portfolio).</summary>
    public int? BusinessFit { get; set; }

    /// <summary>1–5: how healthy it is technically (portfolio).</summary>
    public int? TechnicalFit { get; set; }
}
