namespace Plumbline.Checks.Domain.Spf;

/// <summary>One record visited while resolving an SPF policy: the apex, or an include/redirect target.</summary>
/// <param name="Depth">0 for the apex record, 1 for its includes, ...</param>
/// <param name="Domain">Where the record was read.</param>
/// <param name="Via">How it was reached: apex, include, redirect.</param>
/// <param name="Record">The SPF record found, or null.</param>
public sealed record SpfStep(int Depth, string Domain, string Via, string? Record)
{
    /// <summary>An indented evidence line.</summary>
    public override string ToString() =>
        $"{new string(' ', Depth * 2)}{(Via == "apex" ? string.Empty : Via + ":")}{Domain} → {Record ?? "(no SPF record)"}";
}
