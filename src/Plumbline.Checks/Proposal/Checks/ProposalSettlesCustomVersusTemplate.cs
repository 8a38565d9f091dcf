namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle what is custom and what is a template or platform? Its words are the <c>custom-vs-template</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesCustomVersusTemplate() : ProposalTopicCheck("custom-vs-template");
