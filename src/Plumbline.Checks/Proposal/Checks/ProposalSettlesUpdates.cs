namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle who applies security updates, how often and for how long? Its words are the <c>updates</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesUpdates() : ProposalTopicCheck("updates");
