namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle price changes and renewal terms? Its words are the <c>price-changes</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesPriceChanges() : ProposalTopicCheck("price-changes");
