namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle how change requests are priced and approved? Its words are the <c>change-requests</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesChangeRequests() : ProposalTopicCheck("change-requests");
