using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Could the proposal's words be read at all? A scanned PDF has none, and the review cannot decide anything about it.</summary>
public sealed class ProposalTextIsReadable : ICheck<ProposalSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new(
        "ProposalTextIsReadable", "Does the proposal have text to read (not a scan with no text layer)?", ProposalChecks.Area, "ask-vendor-for-text-proposal");

    public IEnumerable<Finding> Run(ProposalSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var document = snapshot.Document;
        var fingerprint = ProposalFindings.FingerprintOf(Descriptor, document);
        var location = new Location(Path: document.Name);
        if (document.NoText is { } why)
        {
            yield return Descriptor.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"{document.Name} could not be reviewed: {why}. No topic was judged.", location) with
            { Fingerprint = fingerprint };
        }
        else if (snapshot.Sentences.Count == 0)
        {
            yield return Descriptor.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"{document.Name} has no text in it; no topic was judged.", location) with
            { Fingerprint = fingerprint };
        }
        else
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info,
                $"{document.Name}: {snapshot.Sentences.Count} sentences read as {document.Format}.", location) with
            { Fingerprint = fingerprint };
        }
    }
}
