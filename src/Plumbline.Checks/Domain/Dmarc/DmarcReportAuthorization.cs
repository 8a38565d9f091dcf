namespace Plumbline.Checks.Domain.Dmarc;

/// <summary>Whether a domain that receives another domain's DMARC reports agreed to (RFC 7489 section 7.1).</summary>
/// <param name="ReportDomain">The domain of the report address.</param>
/// <param name="Answer">TXT at <c>policy-domain._report._dmarc.report-domain</c>.</param>
public sealed record DmarcReportAuthorization(string ReportDomain, DnsAnswer Answer)
{
    /// <summary>True when a record starting with <c>v=DMARC1</c> authorizes the reports.</summary>
    public bool Authorized => Answer.Records.Any(DmarcParser.IsDmarc);
}
