namespace Plumbline.Checks.Inventory;

/// <summary>What the business has decided to do at a system's next contract renewal.</summary>
/// <remarks>Undecided is the default: a renewal nobody has decided on is the one that renews by itself.</remarks>
public enum RenewalDecision
{
    Undecided,
    Renew,
    Cancel,
    Renegotiate,
}
