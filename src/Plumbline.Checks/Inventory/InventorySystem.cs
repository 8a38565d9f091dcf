namespace Plumbline.Checks.Inventory;

/// <summary>One system the business runs on, as the inventory checks see it.</summary>
/// <remarks>HasBackups is null when nobody has said (the workspace's default, so a skipped question never reads as
/// backed up). The fits are 1–5 (how well it serves the business, how healthy it is technically), null when not rated.
/// RenewsOn is the contract's next renewal (or its end when no renewal date is known), NoticeDays the notice the vendor
/// needs before it; both null when not recorded.</remarks>
public sealed record InventorySystem(
    int Id,
    string Name,
    int PeopleWhoKnowIt,
    int AdminAccounts,
    bool MfaEnforced,
    bool? HasBackups,
    DateOnly? LastRestoreTest,
    SystemLifecycle Lifecycle,
    int? BusinessFit,
    int? TechnicalFit,
    DateOnly? RenewsOn = null,
    int? NoticeDays = null,
    RenewalDecision RenewalDecision = RenewalDecision.Undecided);
