namespace Plumbline.Checks.Site.Headers;

/// <summary>A parsed Content-Security-Policy: directives and their source lists.</summary>
public sealed record ContentSecurityPolicy(IReadOnlyDictionary<string, IReadOnlyList<string>> Directives)
{
    /// <summary>Parses one or more header values (several headers all apply; the first directive of a name wins per header).</summary>
    public static ContentSecurityPolicy Parse(IEnumerable<string> headerValues)
    {
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var value in headerValues)
        {
            foreach (var part in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = tokens[0].ToLowerInvariant();
                directives.TryAdd(name, [.. tokens.Skip(1).Select(t => t.ToLowerInvariant())]);
            }
        }

        return new ContentSecurityPolicy(directives);
    }

    /// <summary>The sources that govern scripts: script-src, else default-src, else none (anything allowed).</summary>
    public IReadOnlyList<string>? ScriptSources => Directives.GetValueOrDefault("script-src") ?? Directives.GetValueOrDefault("default-src");

    /// <summary>True when inline scripts run: 'unsafe-inline' without a nonce, hash or 'strict-dynamic' that would cancel it,
    /// or no script policy at all.</summary>
    public bool AllowsInlineScript => ScriptSources is not { } s
        || (s.Contains("'unsafe-inline'") && !s.Any(t => t.StartsWith("'nonce-", StringComparison.Ordinal) || t.StartsWith("'sha", StringComparison.Ordinal) || t == "'strict-dynamic'"));

    /// <summary>True when scripts may call eval().</summary>
    public bool AllowsEval => ScriptSources is { } s && s.Contains("'unsafe-eval'");

    /// <summary>True when frame-ancestors restricts who may frame the page.</summary>
    public bool RestrictsFraming => Directives.TryGetValue("frame-ancestors", out var f) && !f.Contains("*");

    /// <summary>True when default-src is 'none' or 'self' alone.</summary>
    public bool HasRestrictiveDefault => Directives.TryGetValue("default-src", out var d) && d is ["'none'"] or ["'self'"];
}
