namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle which third-party licences are needed, in whose name, and their renewals? Its words are the <c>licences</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesLicences() : ProposalTopicCheck("licences");
