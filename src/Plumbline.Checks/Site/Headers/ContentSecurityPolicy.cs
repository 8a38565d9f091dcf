namespace Plumbline.Checks.Site.Headers;

/// <summary>A parsed Content-Security-Policy: directives and their source lists, lowercased.</summary>
/// <param name="Directives">Each directive's sources; an empty <c>*-src</c> means <c>'none'</c>.</param>
/// <param name="Invalid">Why the header cannot be a policy (a repeated directive, an empty or truncated policy), or null.</param>
/// <param name="PolicyCount">How many policies the header values held (commas separate policies).</param>
public sealed record ContentSecurityPolicy(IReadOnlyDictionary<string, IReadOnlyList<string>> Directives, string? Invalid = null, int PolicyCount = 1)
{
    // No directive is shorter than "img-src" less one character: anything shorter is not a policy.
    private const int ShortestPolicy = 6;

    // report-uri and report-to may repeat without harm; any other repeated directive makes the policy unreadable.
    private static readonly HashSet<string> MayRepeat = new(StringComparer.Ordinal) { "report-uri", "report-to" };

    /// <summary>Parses one or more header values. Several policies (headers, or comma-separated) all apply; for each
    /// directive the first policy that names it is kept, a simplification documented in docs/site.md.</summary>
    public static ContentSecurityPolicy Parse(IEnumerable<string> headerValues)
    {
        ArgumentNullException.ThrowIfNull(headerValues);
        var policies = headerValues.SelectMany(v => v.Split(',')).Select(p => p.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim()).ToList();
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        string? invalid = null;
        foreach (var policy in policies)
        {
            if (policy.Length < ShortestPolicy)
            {
                invalid ??= policy.Length == 0 ? "an empty policy" : $"'{policy}' is too short to be a policy";
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tokens = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var name = tokens[0].ToLowerInvariant();
                if (!seen.Add(name) && !MayRepeat.Contains(name))
                {
                    invalid ??= $"the directive '{name}' appears twice in one policy";
                }

                IReadOnlyList<string> sources = tokens.Length == 1 && name.EndsWith("-src", StringComparison.Ordinal)
                    ? ["'none'"]
                    : [.. tokens.Skip(1).Select(t => t.ToLowerInvariant())];
                directives.TryAdd(name, sources);
            }
        }

        return new ContentSecurityPolicy(directives, invalid, policies.Count);
    }

    /// <summary>The sources that govern scripts: script-src, else default-src, else none (anything allowed).</summary>
    public IReadOnlyList<string>? ScriptSources => Directives.GetValueOrDefault("script-src") ?? Directives.GetValueOrDefault("default-src");

    /// <summary>True when frame-ancestors restricts who may frame the page (any value but <c>*</c> and bare schemes).</summary>
    public bool RestrictsFraming => Invalid is null && Directives.TryGetValue("frame-ancestors", out var f) && !f.Any(CspAnalysis.IsDangerouslyBroad);

    /// <summary>The analysis by the HTTP Observatory's rules, for a page fetched over HTTPS or not.</summary>
    public CspAnalysis Analyse(bool https) => CspAnalysis.Of(this, https);
}
