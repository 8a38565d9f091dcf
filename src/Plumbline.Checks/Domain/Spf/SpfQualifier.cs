namespace Plumbline.Checks.Domain.Spf;

/// <summary>The result a matching SPF mechanism gives (RFC 7208 section 4.6.2).</summary>
public enum SpfQualifier
{
    /// <summary><c>+</c>, the default: pass.</summary>
    Pass,

    /// <summary><c>-</c>: fail.</summary>
    Fail,

    /// <summary><c>~</c>: softfail.</summary>
    SoftFail,

    /// <summary><c>?</c>: neutral.</summary>
    Neutral,
}
