namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle where the system is hosted, in whose account, and who pays? Its words are the <c>hosting</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesHosting() : ProposalTopicCheck("hosting");
