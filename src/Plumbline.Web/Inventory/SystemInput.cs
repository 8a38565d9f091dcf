using System.ComponentModel.DataAnnotations;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Forms;

namespace Plumbline.Web.Inventory;

/// <summary>The system form; every field has the message a person needs when it is wrong.</summary>
public sealed class SystemInput
{
    [Required(ErrorMessage = "Name the system, e.g. Xero or the shared drive.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say what kind of system it is, e.g. accounting, email, CRM.")]
    [StringLength(60, ErrorMessage = "Keep the kind under 60 characters.")]
    public string Kind { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Keep the vendor under 100 characters.")]
    public string? Vendor { get; set; }

    [StringLength(100, ErrorMessage = "Keep the owner under 100 characters.")]
    public string? Owner { get; set; }

    [Display(Name = "Cost")]
    [Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter the cost as a number from 0 to 10,000,000.")]
    public decimal? Cost { get; set; }

    [Display(Name = "Per")]
    [EnumDataType(typeof(CostPeriod), ErrorMessage = "Choose whether the cost is per month or per year.")]
    public CostPeriod CostPeriod { get; set; }

    [Display(Name = "Currency")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "Enter the currency as its three-letter code, e.g. EUR, GBP or USD.")]
    public string? Currency { get; set; }

    [Display(Name = "Contract ends")]
    [DataType(DataType.Date)]
    [SaneDate]
    public DateOnly? ContractEnd { get; set; }

    [Display(Name = "Renews on")]
    [DataType(DataType.Date)]
    [SaneDate]
    public DateOnly? RenewalDate { get; set; }

    [Display(Name = "Notice period (days)")]
    [Range(0, 3650, ErrorMessage = "Enter the notice period in days, from 0 to 3650, or leave it empty.")]
    public int? NoticeDays { get; set; }

    [Display(Name = "Account owner (a person)")]
    [StringLength(100, ErrorMessage = "Keep the account owner under 100 characters.")]
    public string? AccountOwner { get; set; }

    /// <summary>Yes, no, or not known (null, the default).</summary>
    [Display(Name = "Data can be exported")]
    public bool? DataExportable { get; set; }

    [Display(Name = "How the data is exported")]
    [StringLength(200, ErrorMessage = "Keep how the data is exported under 200 characters.")]
    public string? DataExportHow { get; set; }

    [Display(Name = "Renewal decision")]
    [EnumDataType(typeof(RenewalDecision), ErrorMessage = "Choose renew, cancel, renegotiate or not decided.")]
    public RenewalDecision RenewalDecision { get; set; }

    [Display(Name = "People who know how to run it")]
    [Range(0, 10_000, ErrorMessage = "Enter how many people know it: 0 or more.")]
    public int PeopleWhoKnowIt { get; set; } = 1;

    [Display(Name = "Admin accounts")]
    [Range(0, 10_000, ErrorMessage = "Enter the number of admin accounts: 0 or more.")]
    public int AdminAccounts { get; set; }

    [Display(Name = "MFA enforced for admins")]
    public bool MfaEnforced { get; set; }

    /// <summary>Yes, no, or not known (null, the default): a question skipped must not record backups.</summary>
    [Display(Name = "Backed up")]
    public bool? HasBackups { get; set; }

    [Display(Name = "Last tested restore")]
    [DataType(DataType.Date)]
    [SaneDate]
    public DateOnly? LastRestoreTest { get; set; }

    [EnumDataType(typeof(SystemLifecycle), ErrorMessage = "Choose where the system is in its life.")]
    public SystemLifecycle Lifecycle { get; set; }

    [Display(Name = "Business fit (1–5)")]
    [Range(1, 5, ErrorMessage = "Rate business fit from 1 (poor) to 5 (excellent), or leave it empty.")]
    public int? BusinessFit { get; set; }

    [Display(Name = "Technical fit (1–5)")]
    [Range(1, 5, ErrorMessage = "Rate technical fit from 1 (poor) to 5 (excellent), or leave it empty.")]
    public int? TechnicalFit { get; set; }

    public static SystemInput From(SystemEntry s) => new()
    {
        Name = s.Name,
        Kind = s.Kind,
        Vendor = s.Vendor,
        Owner = s.Owner,
        Cost = s.Cost,
        CostPeriod = s.CostPeriod,
        Currency = s.Currency,
        ContractEnd = s.ContractEnd,
        RenewalDate = s.RenewalDate,
        NoticeDays = s.NoticeDays,
        AccountOwner = s.AccountOwner,
        DataExportable = s.DataExportable,
        DataExportHow = s.DataExportHow,
        RenewalDecision = s.RenewalDecision,
        PeopleWhoKnowIt = s.PeopleWhoKnowIt,
        AdminAccounts = s.AdminAccounts,
        MfaEnforced = s.MfaEnforced,
        HasBackups = s.HasBackups,
        LastRestoreTest = s.LastRestoreTest,
        Lifecycle = s.Lifecycle,
        BusinessFit = s.BusinessFit,
        TechnicalFit = s.TechnicalFit,
    };

    public void ApplyTo(SystemEntry s)
    {
        s.Name = Name.Trim();
        s.Kind = Kind.Trim();
        s.Vendor = Blank(Vendor);
        s.Owner = Blank(Owner);
        s.Cost = Cost;
        s.CostPeriod = CostPeriod;
        s.Currency = Blank(Currency)?.ToUpperInvariant();
        s.ContractEnd = ContractEnd;
        s.RenewalDate = RenewalDate;
        s.NoticeDays = NoticeDays;
        s.AccountOwner = Blank(AccountOwner);
        s.DataExportable = DataExportable;
        s.DataExportHow = DataExportable == false ? null : Blank(DataExportHow);
        s.RenewalDecision = RenewalDecision;
        s.PeopleWhoKnowIt = PeopleWhoKnowIt;
        s.AdminAccounts = AdminAccounts;
        s.MfaEnforced = MfaEnforced;
        s.HasBackups = HasBackups;
        s.LastRestoreTest = HasBackups == true ? LastRestoreTest : null;
        s.Lifecycle = Lifecycle;
        s.BusinessFit = BusinessFit;
        s.TechnicalFit = TechnicalFit;
    }

    /// <summary>Names that are a team or nobody rather than a person: an account "owned by IT" is owned by no one.</summary>
    public static bool IsATeam(string? owner) =>
        owner is not null && Teams.Contains(owner.Trim().TrimEnd('.'));

    private static readonly HashSet<string> Teams = new(StringComparer.OrdinalIgnoreCase)
    {
        "IT", "IT team", "IT department", "the IT team", "admin", "admins", "administrator", "office", "the office", "team",
        "everyone", "all", "nobody", "no one", "none", "n/a", "na", "-", "unknown", "management", "finance", "accounts", "support",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
