namespace Plumbline.Checks.Inventory;

/// <summary>Names of renewal decisions as people read them.</summary>
public static class RenewalDecisionNames
{
    /// <summary>The label: "Not decided", "Renew", "Cancel", "Renegotiate".</summary>
    public static string Label(this RenewalDecision decision) => decision switch
    {
        RenewalDecision.Undecided => "Not decided",
        RenewalDecision.Renew => "Renew",
        RenewalDecision.Cancel => "Cancel",
        RenewalDecision.Renegotiate => "Renegotiate",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };
}
