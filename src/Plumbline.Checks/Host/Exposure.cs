using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host;

/// <summary>A kind of risk an open service brings, and the sentence its finding says.</summary>
/// <param name="Id">The id services refer to (<c>remote-desktop</c>, <c>datastore</c>).</param>
/// <param name="CheckId">The check that reports it; empty when an open port of this kind is no finding in itself.</param>
/// <param name="Severity">How bad one open port of this kind is.</param>
/// <param name="Says">The finding's sentence, with <c>{service}</c> and <c>{endpoint}</c> to fill in.</param>
/// <param name="References">Advisories a reader can follow.</param>
public sealed record Exposure(string Id, string CheckId, Severity Severity, string Says, IReadOnlyList<string> References)
{
    /// <summary>The sentence for one open port.</summary>
    public string Sentence(string service, string endpoint) =>
        Says.Replace("{service}", service, StringComparison.Ordinal).Replace("{endpoint}", endpoint, StringComparison.Ordinal);
}
