using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send a Content-Security-Policy that blocks inline scripts and eval?</summary>
public sealed class ContentSecurityPolicySet : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ContentSecurityPolicySet", "Does the site send a Content-Security-Policy without unsafe-inline or unsafe-eval?", "site", "add-content-security-policy");

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
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} sends no Content-Security-Policy, so one injected script runs with the page's full powers.", evidence, "missing");
            yield break;
        }

        evidence.Add($"frame-ancestors: {(csp.RestrictsFraming ? "set" : "not set")}");
        if (csp.AllowsInlineScript)
        {
            var why = csp.ScriptSources is null ? "it sets neither script-src nor default-src" : "it allows 'unsafe-inline' scripts";
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The Content-Security-Policy of {snapshot.Host} does not stop injected scripts: {why}.", evidence, "unsafe-inline");
        }
        else if (csp.AllowsEval)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The Content-Security-Policy of {snapshot.Host} allows 'unsafe-eval', so injected strings can become code.", evidence, "unsafe-eval");
        }
        else
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends a Content-Security-Policy that blocks inline scripts and eval.", evidence);
        }
    }
}
