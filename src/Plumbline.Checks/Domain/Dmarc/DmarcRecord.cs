namespace Plumbline.Checks.Domain.Dmarc;

/// <summary>A parsed DMARC record (RFC 7489 section 6.3).</summary>
/// <param name="Text">The record as published.</param>
/// <param name="Tags">Tag values by lowercase tag name.</param>
/// <param name="Errors">Syntax and value errors.</param>
public sealed record DmarcRecord(string Text, IReadOnlyDictionary<string, string> Tags, IReadOnlyList<string> Errors)
{
    /// <summary>The domain policy: none, quarantine or reject (null when missing or invalid).</summary>
    public string? Policy => Valid("p");

    /// <summary>The subdomain policy; defaults to <see cref="Policy"/>.</summary>
    public string? SubdomainPolicy => Valid("sp") ?? Policy;

    /// <summary>True when <c>sp</c> is given explicitly.</summary>
    public bool HasSubdomainPolicy => Tags.ContainsKey("sp");

    /// <summary>The percentage of failing mail the policy applies to (default 100).</summary>
    public int Percent => Tags.TryGetValue("pct", out var v) && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100 ? n : 100;

    /// <summary>Aggregate report addresses (<c>rua</c>).</summary>
    public IReadOnlyList<string> AggregateReports => Uris("rua");

    /// <summary>Failure report addresses (<c>ruf</c>).</summary>
    public IReadOnlyList<string> FailureReports => Uris("ruf");

    /// <summary>Tags receivers ignore because RFC 7489 does not define them (<c>t=y</c>, a typo), as <c>tag=value</c>.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>True when the record parsed without errors.</summary>
    public bool IsValid => Errors.Count == 0;

    private string? Valid(string tag) =>
        Tags.TryGetValue(tag, out var v) && v.ToLowerInvariant() is "none" or "quarantine" or "reject" ? v.ToLowerInvariant() : null;

    private List<string> Uris(string tag) =>
        Tags.TryGetValue(tag, out var v) ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
}
