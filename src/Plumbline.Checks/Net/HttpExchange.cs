namespace Plumbline.Checks.Net;

/// <summary>One request and its response, as seen on the wire (headers with lowercase names, body capped).</summary>
/// <param name="Url">The URL requested.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Headers">Response and content headers, names lowercased, one entry per value.</param>
/// <param name="Body">The body as text, at most the configured cap.</param>
/// <param name="Truncated">True when the body was longer than the cap.</param>
public sealed record HttpExchange(Uri Url, int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, bool Truncated)
{
    /// <summary>Every value of a header (case-insensitive name).</summary>
    public IReadOnlyList<string> All(string name) =>
        [.. Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];

    /// <summary>The first value of a header, or null.</summary>
    public string? Header(string name) => All(name) is [var first, ..] ? first : null;

    /// <summary>True for 301, 302, 303, 307 and 308.</summary>
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The redirect target resolved against the request URL, or null.</summary>
    public Uri? RedirectTarget =>
        IsRedirect && Header("location") is { } location && Uri.TryCreate(Url, location, out var target) ? target : null;
}
