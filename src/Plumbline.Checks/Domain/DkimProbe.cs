namespace Plumbline.Checks.Domain;

/// <summary>The TXT answer at <c>selector._domainkey.domain</c>.</summary>
/// <param name="Selector">The selector probed.</param>
/// <param name="Answer">What came back.</param>
/// <param name="Configured">True when the operator named this selector (rather than it being a common guess).</param>
public sealed record DkimProbe(string Selector, DnsAnswer Answer, bool Configured)
{
    /// <summary>The DKIM key record, when one was published.</summary>
    public string? Record => Answer.Records.FirstOrDefault(r => r.Contains("p=", StringComparison.Ordinal) || r.Contains("v=DKIM1", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a key record with a public key is published.</summary>
    public bool HasKey => Record is { } r && !Revoked;

    /// <summary>True when the record has an empty <c>p=</c>: the key was revoked.</summary>
    public bool Revoked => Record is { } r && r.Split(';').Select(t => t.Trim()).Any(t => t == "p=" || t == "p");
}
