namespace Plumbline.Web.Inventory;

/// <summary>What falls due on a contract deadline.</summary>
public enum DeadlineKind
{
    /// <summary>The last day to give notice before the renewal.</summary>
    Notice,

    /// <summary>The contract renews.</summary>
    Renewal,

    /// <summary>The contract ends.</summary>
    ContractEnd,
}
