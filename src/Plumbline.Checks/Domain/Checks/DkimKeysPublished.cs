using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Are DKIM keys published? Probes the operator's selectors and common ones; NXDOMAIN at <c>_domainkey</c>
/// proves there are none under any selector (RFC 8020), otherwise an unknown selector stays possible.</summary>
public sealed class DkimKeysPublished : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DkimKeysPublished", "Are DKIM signing keys published for the domain?", "domain", "enable-dkim");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_domainkey.{snapshot.Domain}";
        if (snapshot.HasNullMx)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Domain} takes no mail (null MX); DKIM is for domains that send.", name);
            yield break;
        }

        var found = snapshot.Dkim.Where(p => p.HasKey).ToList();
        var evidence = found.Select(p => $"TXT {p.Selector}.{name}: {Shorten(p.Record!)}")
            .Concat(snapshot.Dkim.Where(p => p.Revoked).Select(p => $"TXT {p.Selector}.{name}: revoked (empty p=)"))
            .ToList();
        foreach (var missing in snapshot.Dkim.Where(p => p.Configured && !p.HasKey))
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The DKIM selector '{missing.Selector}' you named has no key at {missing.Selector}.{name}.", $"{missing.Selector}.{name}", missing.Answer.Evidence(), missing.Selector);
        }

        if (found.Count > 0)
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"DKIM keys found for {snapshot.Domain} at selector(s): {string.Join(", ", found.Select(p => p.Selector))}.", name, evidence);
        }
        else if (snapshot.DkimParent.Status == DnsStatus.NameNotFound)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"{snapshot.Domain} publishes no DKIM keys at all ({name} does not exist), so its mail is not signed.", name, snapshot.DkimParent.Evidence().Concat(evidence));
        }
        else if (snapshot.Dkim.Any(p => p.Answer.Failed))
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, $"Some DKIM lookups for {snapshot.Domain} failed.", name, snapshot.Dkim.Where(p => p.Answer.Failed).SelectMany(p => p.Answer.Evidence()));
        }
        else
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, $"No DKIM key at the {snapshot.Dkim.Count} selectors probed for {snapshot.Domain}, but keys exist under {name}; name your selector with --dkim-selector.", name, evidence.DefaultIfEmpty($"probed: {string.Join(", ", snapshot.Dkim.Select(p => p.Selector))}"));
        }
    }

    private static string Shorten(string record) => record.Length <= 80 ? record : record[..77] + "...";
}
