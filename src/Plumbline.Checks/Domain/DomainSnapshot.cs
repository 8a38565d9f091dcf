using Plumbline.Checks.Domain.Dmarc;
using Plumbline.Checks.Domain.Spf;

namespace Plumbline.Checks.Domain;

/// <summary>Everything DNS (and the MTA-STS policy host) said about a domain, collected once; checks only read it.</summary>
public sealed record DomainSnapshot
{
    /// <summary>The domain, lowercase ASCII without a trailing dot.</summary>
    public required string Domain { get; init; }

    /// <summary>MX records at the domain.</summary>
    public DnsAnswer Mx { get; init; } = Empty("MX");

    /// <summary>A and AAAA records at the domain: where mail goes when there is no MX (RFC 5321 section 5.1).</summary>
    public DnsAnswer Addresses { get; init; } = Empty("A/AAAA");

    /// <summary>Authorization records (<c>domain._report._dmarc.other</c>, RFC 7489 section 7.1) for each DMARC report
    /// address at another domain, by that domain.</summary>
    public IReadOnlyList<DmarcReportAuthorization> DmarcReportAuthorizations { get; init; } = [];

    /// <summary>TXT records at the domain (SPF lives here).</summary>
    public DnsAnswer ApexTxt { get; init; } = Empty("TXT");

    /// <summary>The SPF policy resolved through includes and redirects.</summary>
    public SpfEvaluation Spf { get; init; } = SpfEvaluation.None;

    /// <summary>TXT records at <c>_dmarc.domain</c>.</summary>
    public DnsAnswer Dmarc { get; init; } = Empty("TXT");

    /// <summary>TXT at <c>_domainkey.domain</c>: NXDOMAIN here proves no DKIM key exists under any selector (RFC 8020).</summary>
    public DnsAnswer DkimParent { get; init; } = Empty("TXT");

    /// <summary>The selectors probed and what each returned.</summary>
    public IReadOnlyList<DkimProbe> Dkim { get; init; } = [];

    /// <summary>TXT at <c>_mta-sts.domain</c>.</summary>
    public DnsAnswer MtaStsTxt { get; init; } = Empty("TXT");

    /// <summary>The MTA-STS policy file, when the TXT record announced one.</summary>
    public MtaStsFetch? MtaStsPolicy { get; init; }

    /// <summary>TXT at <c>_smtp._tls.domain</c> (TLS-RPT).</summary>
    public DnsAnswer TlsRpt { get; init; } = Empty("TXT");

    /// <summary>CAA records at the closest name that has them (RFC 8659 tree climbing).</summary>
    public DnsAnswer Caa { get; init; } = Empty("CAA");

    /// <summary>NS records at the domain.</summary>
    public DnsAnswer Ns { get; init; } = Empty("NS");

    /// <summary>The nameservers and their addresses.</summary>
    public IReadOnlyList<NameServer> NameServers { get; init; } = [];

    /// <summary>DNSKEY records at the domain.</summary>
    public DnsAnswer DnsKey { get; init; } = Empty("DNSKEY");

    /// <summary>DS records for the domain (from the parent zone).</summary>
    public DnsAnswer Ds { get; init; } = Empty("DS");

    /// <summary>True when the DNSKEY answer carried RRSIG signatures.</summary>
    public bool SignaturesSeen { get; init; }

    /// <summary>True when a validating resolver set the AD flag on the answer.</summary>
    public bool AuthenticatedData { get; init; }

    /// <summary>True when the domain publishes a null MX (<c>0 .</c>): it accepts no mail.</summary>
    public bool HasNullMx => Mx.Status == DnsStatus.Found && Mx.Records.Count == 1 && Mx.Records[0].Split(' ') is [_, "." or ""];

    /// <summary>MX host names (without the trailing dot), excluding a null MX.</summary>
    public IReadOnlyList<string> MxHosts =>
        HasNullMx ? [] : [.. Mx.Records.Select(r => r.Split(' ', 2) is [_, var host] ? host.TrimEnd('.') : r).Where(h => h.Length > 0)];

    /// <summary>The <c>v=DMARC1</c> records at <c>_dmarc.domain</c>.</summary>
    public IReadOnlyList<string> DmarcRecords => [.. Dmarc.Records.Where(DmarcParser.IsDmarc)];

    /// <summary>The DMARC record parsed, when there is exactly one.</summary>
    public DmarcRecord? DmarcPolicy => DmarcRecords is [var only] ? DmarcParser.Parse(only) : null;

    /// <summary>Why MX-based checks (MTA-STS, TLS-RPT) do not apply, or null when the domain names MX hosts.</summary>
    public string? WithoutMxHosts => MxHosts.Count > 0
        ? null
        : HasNullMx
            ? $"{Domain} takes no mail (null MX)"
            : Addresses.Status == DnsStatus.Found
                ? $"{Domain} names no MX hosts, so mail for it goes to its address record (RFC 5321 section 5.1); publish MX records first"
                : $"{Domain} has neither MX nor address records, so it receives no mail";

    private static DnsAnswer Empty(string type) => new(string.Empty, type, DnsStatus.NoRecords, []);
}
