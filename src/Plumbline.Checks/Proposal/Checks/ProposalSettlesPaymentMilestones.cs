namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle a payment schedule tied to milestones? Its words are the <c>payment</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesPaymentMilestones() : ProposalTopicCheck("payment");
