namespace Plumbline.Checks.Host;

/// <summary>Versions of a server product known to be exploited, as a banner or a hello names them.</summary>
/// <param name="Product">The product as the banner spells it (<c>OpenSSH</c>, <c>Apache</c>).</param>
/// <param name="From">The first affected version, or null for every version below <paramref name="Below"/>.</param>
/// <param name="Below">The first fixed version.</param>
/// <param name="Says">What is wrong with those versions, in a sentence.</param>
/// <param name="Reference">An advisory a reader can follow.</param>
public sealed record DangerousVersion(string Product, ServerVersion? From, ServerVersion Below, string Says, string Reference)
{
    /// <summary>True when <paramref name="version"/> of <paramref name="product"/> is affected.</summary>
    public bool Affects(string product, ServerVersion version) =>
        string.Equals(product, Product, StringComparison.OrdinalIgnoreCase)
        && version.CompareTo(Below) < 0
        && (From is null || version.CompareTo(From) >= 0);
}
