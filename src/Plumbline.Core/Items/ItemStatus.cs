namespace Plumbline.Core.Items;

/// <summary>Where an item stands. Only open and in-progress items are scheduled.</summary>
public enum ItemStatus
{
    /// <summary>Not started.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Finished; kept for the record.</summary>
    Done,

    /// <summary>Decided against; kept so nobody asks again.</summary>
    Dropped,
}
