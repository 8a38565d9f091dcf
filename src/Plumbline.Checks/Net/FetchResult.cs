namespace Plumbline.Checks.Net;

/// <summary>The outcome of fetching a URL with redirects followed: each hop, and the error that stopped it if any.</summary>
/// <param name="Requested">The URL asked for.</param>
/// <param name="Hops">Each response in order; the last is the final one.</param>
/// <param name="Error">Why the fetch did not complete (connection refused, TLS failure, too many redirects), or null.</param>
/// <param name="Refused">True when the target guard refused the address.</param>
public sealed record FetchResult(Uri Requested, IReadOnlyList<HttpExchange> Hops, string? Error, bool Refused = false)
{
    /// <summary>The final response, when the fetch completed.</summary>
    public HttpExchange? Final => Error is null && Hops.Count > 0 ? Hops[^1] : null;

    /// <summary>True when a final response arrived.</summary>
    public bool Completed => Final is not null;

    /// <summary>A failed fetch.</summary>
    public static FetchResult Failed(Uri requested, IReadOnlyList<HttpExchange> hops, string error, bool refused = false) => new(requested, hops, error, refused);
}
