using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Builds domain findings: the DNS name as the location, a fingerprint of check, domain and key.</summary>
internal static class DomainFinding
{
    public static Finding Make(CheckDescriptor d, DomainSnapshot s, Outcome outcome, Severity severity, string detail, string record, IEnumerable<string> evidence, string? key = null) =>
        d.Conclude(outcome, severity, Sentence.End(detail), new Location(Record: record), s.Domain, key) with
        {
            Evidence = [.. evidence],
        };

    public static Finding Pass(CheckDescriptor d, DomainSnapshot s, string detail, string record, IEnumerable<string> evidence) =>
        Make(d, s, Outcome.Pass, Severity.Info, detail, record, evidence);

    public static Finding Fail(CheckDescriptor d, DomainSnapshot s, Severity severity, string detail, string record, IEnumerable<string> evidence, string? key = null) =>
        Make(d, s, Outcome.Fail, severity, detail, record, evidence, key);

    public static Finding NotApplicable(CheckDescriptor d, DomainSnapshot s, string detail, string record) =>
        Make(d, s, Outcome.NotApplicable, Severity.Info, detail, record, []);

    /// <summary>A lookup failed, so nothing can be concluded.</summary>
    public static Finding Inconclusive(CheckDescriptor d, DomainSnapshot s, DnsAnswer failed) =>
        Make(d, s, Outcome.Inconclusive, Severity.Info, $"Could not decide: the {failed.Type} lookup for {failed.Name} failed ({failed.Error}).", failed.Name, failed.Evidence());

    public static Finding Inconclusive(CheckDescriptor d, DomainSnapshot s, string detail, string record, IEnumerable<string> evidence) =>
        Make(d, s, Outcome.Inconclusive, Severity.Info, detail, record, evidence);
}
