using Plumbline.Checks.Domain.Dmarc;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the DMARC record ask for aggregate reports (<c>rua</c>), without which nobody sees who sends as the domain?</summary>
public sealed class DmarcReportsRequested : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DmarcReportsRequested", "Does DMARC ask for aggregate reports (rua)?", "domain", "request-dmarc-reports");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_dmarc.{snapshot.Domain}";
        if (snapshot.DmarcPolicy is not { } dmarc)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Domain} has no single DMARC record.", name);
            yield break;
        }

        var evidence = new List<string> { $"TXT {name}: {dmarc.Text}" };
        evidence.AddRange(dmarc.AggregateReports.Select(a => $"aggregate reports (rua): {a}"));
        evidence.AddRange(dmarc.FailureReports.Select(a => $"failure reports (ruf): {a}"));
        var invalid = dmarc.AggregateReports.Concat(dmarc.FailureReports).Where(a => DmarcParser.ReportDomain(a) is null).ToList();
        var unauthorized = snapshot.DmarcReportAuthorizations.Where(a => !a.Authorized && !a.Answer.Failed).ToList();
        evidence.AddRange(snapshot.DmarcReportAuthorizations.SelectMany(a => a.Answer.Evidence()));
        if (dmarc.AggregateReports.Count == 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"DMARC for {snapshot.Domain} asks for no aggregate reports (rua), so nobody learns which servers send as {snapshot.Domain} or what fails.", name, evidence);
        }
        else if (invalid.Count > 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"DMARC for {snapshot.Domain} names a report address receivers cannot use ({string.Join(", ", invalid)}): write it as mailto:dmarc@example.com.", name, evidence, "invalid");
        }
        else if (unauthorized.Count > 0)
        {
            var first = unauthorized[0];
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"DMARC reports for {snapshot.Domain} go to {first.ReportDomain}, which has not agreed to receive them: without a TXT record \"v=DMARC1\" at {first.Answer.Name} (RFC 7489 section 7.1), receivers send those reports nowhere.", name, evidence, "unauthorized");
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"DMARC reports for {snapshot.Domain} go to {string.Join(", ", dmarc.AggregateReports)}.", name, evidence);
        }
    }
}
