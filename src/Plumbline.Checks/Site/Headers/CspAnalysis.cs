namespace Plumbline.Checks.Site.Headers;

/// <summary>What a Content-Security-Policy allows, judged by the rules the HTTP Observatory publishes ("tests and
/// scoring"): the worst problem decides the result; every problem is listed for the finding.</summary>
/// <param name="Result">The verdict.</param>
/// <param name="Problems">Each problem found, in words (empty when none).</param>
public sealed record CspAnalysis(CspResult Result, IReadOnlyList<string> Problems)
{
    // Sources that allow any host over a scheme (or any scheme): as good as no restriction.
    private static readonly HashSet<string> DangerouslyBroad = new(StringComparer.Ordinal)
    {
        "ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*",
    };

    /// <summary>True for <c>*</c>, <c>https:</c> and the other sources that allow any host.</summary>
    public static bool IsDangerouslyBroad(string source) => DangerouslyBroad.Contains(source);

    /// <summary>Analyses a parsed policy.</summary>
    public static CspAnalysis Of(ContentSecurityPolicy csp, bool https)
    {
        ArgumentNullException.ThrowIfNull(csp);
        if (csp.Invalid is { } invalid)
        {
            return new(CspResult.Invalid, [$"the header cannot be parsed: {invalid}"]);
        }

        HashSet<string> Sources(string directive) =>
            new(csp.Directives.GetValueOrDefault(directive) ?? csp.Directives.GetValueOrDefault("default-src") ?? ["*"], StringComparer.Ordinal);

        var script = Sources("script-src");
        var obj = Sources("object-src");
        var style = Sources("style-src");

        // A nonce or hash makes browsers ignore 'unsafe-inline' (it is kept only for old browsers).
        foreach (var list in new[] { script, style })
        {
            if (HasNonceOrHash(list))
            {
                list.Remove("'unsafe-inline'");
            }
        }

        var problems = new List<string>();
        var results = new List<CspResult>();
        if (script.Contains("'strict-dynamic'"))
        {
            if (!HasNonceOrHash(script))
            {
                return new(CspResult.Invalid, ["'strict-dynamic' is set without a nonce or hash, so no script can load"]);
            }

            // With 'strict-dynamic' browsers ignore host and scheme sources, 'self' and 'unsafe-inline'.
            script.RemoveWhere(s => DangerouslyBroad.Any(b => s.StartsWith(b, StringComparison.Ordinal)) || s is "'self'" or "'unsafe-inline'");
        }

        var unsafeScript = script.Where(s => s is "'unsafe-inline'" or "data:" || DangerouslyBroad.Contains(s)).ToList();
        var broadObjects = obj.Where(DangerouslyBroad.Contains).ToList();
        if (unsafeScript.Count > 0 || broadObjects.Count > 0)
        {
            results.Add(CspResult.UnsafeInline);
            if (unsafeScript.Count > 0)
            {
                problems.Add(csp.Directives.ContainsKey("script-src") || csp.Directives.ContainsKey("default-src")
                    ? $"scripts may come from {string.Join(" ", unsafeScript)}"
                    : "it sets neither script-src nor default-src, so scripts may come from anywhere");
            }

            if (broadObjects.Count > 0)
            {
                problems.Add(csp.Directives.ContainsKey("object-src") || csp.Directives.ContainsKey("default-src")
                    ? $"plugins (object-src) may come from {string.Join(" ", broadObjects)}"
                    : "it sets neither object-src nor default-src, so plugins may load from anywhere");
            }
        }

        var active = csp.Directives.Where(d => d.Key is not ("img-src" or "media-src" or "script-src")).SelectMany(d => d.Value).Concat(script);
        if (https && active.FirstOrDefault(IsInsecureScheme) is { } insecure)
        {
            results.Add(CspResult.InsecureScheme);
            problems.Add($"scripts or other active content may load over plain HTTP ({insecure})");
        }

        if (script.Contains("'unsafe-eval'") || style.Contains("'unsafe-eval'"))
        {
            results.Add(CspResult.UnsafeEval);
            problems.Add("it allows 'unsafe-eval', so injected strings can become code");
        }

        var passive = new[] { "img-src", "media-src" }.SelectMany(d => csp.Directives.GetValueOrDefault(d) ?? csp.Directives.GetValueOrDefault("default-src") ?? []);
        if (https && passive.FirstOrDefault(IsInsecureScheme) is { } insecurePassive)
        {
            results.Add(CspResult.InsecurePassiveScheme);
            problems.Add($"images or media may load over plain HTTP ({insecurePassive})");
        }

        if (style.Any(s => s is "'unsafe-inline'" or "data:" || DangerouslyBroad.Contains(s)))
        {
            results.Add(CspResult.UnsafeStyle);
        }

        var defaultNone = csp.Directives.GetValueOrDefault("default-src") is ["'none'"];
        results.Add(defaultNone ? CspResult.DefaultNone : CspResult.NoUnsafe);
        return new(results[0], problems);
    }

    private static bool HasNonceOrHash(IEnumerable<string> sources) =>
        sources.Any(s => s.StartsWith("'nonce-", StringComparison.Ordinal) || s.StartsWith("'sha256-", StringComparison.Ordinal)
            || s.StartsWith("'sha384-", StringComparison.Ordinal) || s.StartsWith("'sha512-", StringComparison.Ordinal));

    private static bool IsInsecureScheme(string source) =>
        source.StartsWith("http:", StringComparison.Ordinal) || source.StartsWith("ftp:", StringComparison.Ordinal);
}

/// <summary>The verdict on a Content-Security-Policy, worst first (the HTTP Observatory's results, in its order).</summary>
public enum CspResult
{
    /// <summary>The header cannot be parsed.</summary>
    Invalid,

    /// <summary>Inline scripts, <c>data:</c> or any host may supply scripts, or plugins are unrestricted.</summary>
    UnsafeInline,

    /// <summary>An HTTPS page allows active content over plain HTTP.</summary>
    InsecureScheme,

    /// <summary><c>'unsafe-eval'</c> is allowed.</summary>
    UnsafeEval,

    /// <summary>An HTTPS page allows images or media over plain HTTP.</summary>
    InsecurePassiveScheme,

    /// <summary>Only styles are loosely restricted: passes, no bonus.</summary>
    UnsafeStyle,

    /// <summary>No unsafe sources.</summary>
    NoUnsafe,

    /// <summary>No unsafe sources and <c>default-src 'none'</c>.</summary>
    DefaultNone,
}
