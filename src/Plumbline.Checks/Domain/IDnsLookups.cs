namespace Plumbline.Checks.Domain;

/// <summary>The DNS questions the domain collector and the SPF evaluator ask.</summary>
public interface IDnsLookups
{
    /// <summary>TXT records, each record's strings joined without separators (RFC 7208 section 3.3).</summary>
    Task<DnsAnswer> TxtAsync(string name, CancellationToken cancellationToken);

    /// <summary>A and AAAA records together.</summary>
    Task<DnsAnswer> AddressesAsync(string name, CancellationToken cancellationToken);

    /// <summary>MX records as <c>preference exchange</c>.</summary>
    Task<DnsAnswer> MxAsync(string name, CancellationToken cancellationToken);
}
