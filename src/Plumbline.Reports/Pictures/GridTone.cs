namespace Plumbline.Reports.Pictures;

/// <summary>The four colours a grid picture uses, so every picture shades "act now" and "leave it" alike.</summary>
public enum GridTone
{
    /// <summary>Urgent: fix first, or retire.</summary>
    Red,

    /// <summary>Worth it but costly: plan it, or migrate.</summary>
    Amber,

    /// <summary>Good value: quick wins, or keep investing.</summary>
    Green,

    /// <summary>Can wait: skip for now, or tolerate.</summary>
    Grey,
}
