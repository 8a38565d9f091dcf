using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Builds site findings: the URL as the location, a fingerprint of check, host and key.</summary>
internal static class SiteFinding
{
    public static Finding Make(CheckDescriptor d, SiteSnapshot s, Outcome outcome, Severity severity, string detail, IEnumerable<string> evidence, string? key = null) =>
        d.Conclude(outcome, severity, Sentence.End(detail), new Location(Record: s.Target.GetLeftPart(UriPartial.Authority)), s.Host, key) with
        {
            Evidence = [.. evidence],
        };

    public static Finding Pass(CheckDescriptor d, SiteSnapshot s, string detail, IEnumerable<string> evidence) =>
        Make(d, s, Outcome.Pass, Severity.Info, detail, evidence);

    public static Finding Fail(CheckDescriptor d, SiteSnapshot s, Severity severity, string detail, IEnumerable<string> evidence, string? key = null) =>
        Make(d, s, Outcome.Fail, severity, detail, evidence, key);

    public static Finding NotApplicable(CheckDescriptor d, SiteSnapshot s, string detail) =>
        Make(d, s, Outcome.NotApplicable, Severity.Info, detail, []);

    public static Finding Inconclusive(CheckDescriptor d, SiteSnapshot s, string detail, IEnumerable<string> evidence) =>
        Make(d, s, Outcome.Inconclusive, Severity.Info, detail, evidence);

    /// <summary>Header checks need the page; when HTTPS did not complete they cannot decide.</summary>
    public static Finding NoPage(CheckDescriptor d, SiteSnapshot s) =>
        Inconclusive(d, s, $"Could not read the page's headers: HTTPS to {s.Host} did not complete ({s.NoPageReason.TrimEnd('.')}).", []);

    /// <summary>A header as evidence: <c>strict-transport-security: max-age=...</c>, or that it is absent.</summary>
    public static IEnumerable<string> Header(Net.HttpExchange page, string name) =>
        page.All(name) is { Count: > 0 } values ? values.Select(v => $"{name}: {v}") : [$"{name}: (not sent)"];
}
