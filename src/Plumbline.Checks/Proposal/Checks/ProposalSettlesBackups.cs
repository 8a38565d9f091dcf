namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle how often backups are taken, kept and restored? Its words are the <c>backups</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesBackups() : ProposalTopicCheck("backups");
