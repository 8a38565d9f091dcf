namespace Plumbline.Checks.Site;

/// <summary>The result of offering only one TLS version to the server.</summary>
/// <param name="Protocol">"TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3".</param>
/// <param name="Result">What happened.</param>
/// <param name="Detail">Why, in a sentence.</param>
public sealed record TlsProtocolProbe(string Protocol, TlsProbeResult Result, string Detail)
{
    /// <summary>True for TLS 1.0 and 1.1, which RFC 8996 deprecates.</summary>
    public bool IsLegacy => Protocol is "TLS 1.0" or "TLS 1.1";
}
