namespace Plumbline.Checks.Proposal;

/// <summary>What the proposal checks read: the document and its sentences, cut once.</summary>
public sealed record ProposalSnapshot(ProposalDocument Document, IReadOnlyList<ProposalSentence> Sentences)
{
    public static ProposalSnapshot Of(ProposalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ProposalSnapshot(document, ProposalSentences.Of(document));
    }
}
