namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle who owns the data and how it can be exported? Its words are the <c>data-ownership</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesDataExport() : ProposalTopicCheck("data-ownership");
