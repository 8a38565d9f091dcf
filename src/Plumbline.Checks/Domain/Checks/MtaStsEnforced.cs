using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain publish MTA-STS (TXT record and a policy file over HTTPS) in enforce mode, covering its MX hosts?</summary>
public sealed class MtaStsEnforced : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("MtaStsEnforced", "Does MTA-STS require encrypted delivery to the domain's mail servers?", "domain", "deploy-mta-sts");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_mta-sts.{snapshot.Domain}";
        var txt = snapshot.MtaStsTxt;
        if (snapshot.WithoutMxHosts is { } why)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{why}; MTA-STS pins MX hosts, so it does not apply.", name);
            yield break;
        }

        if (txt.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, txt);
            yield break;
        }

        var records = txt.Records.Where(r => r.StartsWith("v=STSv1", StringComparison.Ordinal)).ToList();
        if (records.Count == 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Domain} publishes no MTA-STS record, so mail to it can be downgraded to plain text by anyone on the path.", name, txt.Evidence(), "missing");
            yield break;
        }

        var evidence = txt.Evidence().ToList();
        var fetch = snapshot.MtaStsPolicy;
        if (fetch is null || fetch.Policy is null)
        {
            evidence.Add($"policy {fetch?.Url}: {fetch?.Error ?? "not fetched"}");
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Domain} announces MTA-STS but its policy file could not be fetched ({fetch?.Error ?? "not fetched"}); senders ignore the record.", name, evidence, "policy");
            yield break;
        }

        var policy = fetch.Policy;
        evidence.AddRange(fetch.Body!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(l => $"policy: {l}"));
        var uncovered = snapshot.MxHosts.Where(h => !policy.Covers(h)).ToList();
        if (policy.Errors.Count > 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The MTA-STS policy of {snapshot.Domain} is invalid: {string.Join("; ", policy.Errors)}.", name, evidence, "invalid");
        }
        else if (uncovered.Count > 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"The MTA-STS policy of {snapshot.Domain} does not list MX host(s) {string.Join(", ", uncovered)}; in enforce mode senders would refuse to deliver to them.", name, evidence, "mx");
        }
        else if (policy.Mode != "enforce")
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"The MTA-STS policy of {snapshot.Domain} is in '{policy.Mode}' mode; after a clean TLS-RPT period switch it to enforce.", name, evidence, "mode");
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"MTA-STS for {snapshot.Domain} is enforced and covers its mail servers.", name, evidence);
        }
    }
}
