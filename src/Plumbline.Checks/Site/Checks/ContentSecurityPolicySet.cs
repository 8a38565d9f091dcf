using Plumbline.Checks.Site.Headers;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send a Content-Security-Policy that stops injected scripts (the HTTP Observatory's rules)?</summary>
public sealed class ContentSecurityPolicySet : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ContentSecurityPolicySet", "Does the site send a Content-Security-Policy that stops injected scripts?", "site", "add-content-security-policy");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var evidence = SiteFinding.Header(page, "content-security-policy").ToList();
        if (snapshot.Csp is not { } csp)
        {
            var reportOnly = page.All("content-security-policy-report-only").Count > 0 ? " (only a Report-Only policy, which blocks nothing)" : string.Empty;
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} sends no Content-Security-Policy{reportOnly}, so one injected script runs with the page's full powers.", evidence, "missing");
            yield break;
        }

        var analysis = csp.Analyse(snapshot.PageIsHttps);
        evidence.AddRange(analysis.Problems);
        var problems = string.Join("; ", analysis.Problems);
        switch (analysis.Result)
        {
            case CspResult.Invalid:
                yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The Content-Security-Policy of {snapshot.Host} is not a valid policy: {problems}.", evidence, "invalid");
                break;
            case CspResult.UnsafeInline or CspResult.InsecureScheme:
                yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The Content-Security-Policy of {snapshot.Host} does not stop injected scripts: {problems}.", evidence, "unsafe-inline");
                break;
            case CspResult.UnsafeEval or CspResult.InsecurePassiveScheme:
                yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The Content-Security-Policy of {snapshot.Host} is weakened: {problems}.", evidence, "unsafe-eval");
                break;
            default:
                yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends a Content-Security-Policy that blocks inline scripts, eval and scripts from any host.", evidence);
                break;
        }
    }
}
