namespace Plumbline.Checks.Domain;

/// <summary>The MTA-STS policy file as fetched over HTTPS, and its parse.</summary>
/// <param name="Url">Where it was fetched from.</param>
/// <param name="Status">The HTTP status, when a response arrived.</param>
/// <param name="Body">The policy text (capped).</param>
/// <param name="Error">Why no policy was fetched (TLS failure, redirect, not 200), or null.</param>
/// <param name="Policy">The parsed policy, when fetched.</param>
public sealed record MtaStsFetch(string Url, int? Status, string? Body, string? Error, MtaStsPolicy? Policy);
