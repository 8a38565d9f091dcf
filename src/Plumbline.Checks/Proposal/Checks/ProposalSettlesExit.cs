namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle what happens on exit or if the vendor disappears? Its words are the <c>exit</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesExit() : ProposalTopicCheck("exit");
