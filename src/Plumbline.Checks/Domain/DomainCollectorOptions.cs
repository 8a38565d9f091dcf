using Plumbline.Checks.Net;

namespace Plumbline.Checks.Domain;

/// <summary>How the domain collector asks: extra DKIM selectors and network limits.</summary>
public sealed record DomainCollectorOptions
{
    /// <summary>Selectors commonly used by mail providers, probed unless the operator names their own only.</summary>
    public static IReadOnlyList<string> CommonSelectors { get; } =
    [
        "default", "dkim", "mail", "google", "selector1", "selector2", "k1", "k2", "s1", "s2",
        "fm1", "fm2", "protonmail", "zoho", "mandrill", "smtp",
    ];

    /// <summary>Selectors the operator named (<c>--dkim-selector</c>, or <c>domain: dkim-selectors</c> in plumbline.yml).</summary>
    public IReadOnlyList<string> DkimSelectors { get; init; } = [];

    /// <summary>Limits, guard and trust for the MTA-STS policy fetch.</summary>
    public NetworkOptions Network { get; init; } = NetworkOptions.Default;

    /// <summary>The port of the MTA-STS policy host; 443 except in tests, which cannot bind it.</summary>
    public int MtaStsPort { get; init; } = 443;
}
