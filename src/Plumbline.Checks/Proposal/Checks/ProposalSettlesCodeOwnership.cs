namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle who owns the source code and IP? Its words are the <c>code-ownership</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesCodeOwnership() : ProposalTopicCheck("code-ownership");
