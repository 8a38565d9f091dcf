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

    public decimal? MonthlyCost { get; set; }

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
