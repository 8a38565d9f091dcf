namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle whose name the domain, app store, analytics and admin accounts are in? Its words are the <c>account-ownership</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesAccountOwnership() : ProposalTopicCheck("account-ownership");
