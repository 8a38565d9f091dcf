using System.Globalization;
using Plumbline.Checks.Proposal.Rules;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Proposal.Checks;

/// <summary>What every topic check does: judge its topic over the proposal and say Addressed (a pass) or Vague, Missing or
/// Red flag (a failure that feeds the topic's "Ask the vendor to …" recommendation), quoting the sentences.</summary>
/// <remarks>The words are data (Proposal/Rules/topics.yml); the class exists so each topic is one check with one id in the registry.</remarks>
public abstract class ProposalTopicCheck : ICheck<ProposalSnapshot>
{
    protected ProposalTopicCheck(string topicId)
    {
        Topic = ProposalTopics.Get(topicId);
        if (Topic.Check != GetType().Name)
        {
            throw new InvalidOperationException($"topic '{topicId}' names check {Topic.Check}, but its class is {GetType().Name}");
        }

        Descriptor = new CheckDescriptor(Topic.Check, Topic.Question, ProposalChecks.Area, Topic.Recommendation);
    }

    /// <summary>The topic's rules.</summary>
    public ProposalTopic Topic { get; }

    public CheckDescriptor Descriptor { get; }

    public IEnumerable<Finding> Run(ProposalSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Document.NoText is not null || snapshot.Sentences.Count == 0)
        {
            yield break;
        }

        yield return ProposalFindings.Of(Descriptor, snapshot.Document, TopicJudge.Judge(Topic, snapshot.Sentences));
    }
}
