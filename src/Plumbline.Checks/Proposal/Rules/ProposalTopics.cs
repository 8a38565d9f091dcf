namespace Plumbline.Checks.Proposal.Rules;

/// <summary>The built-in topic rules, the embedded <c>Proposal/Rules/topics.yml</c>, read once.</summary>
public static class ProposalTopics
{
    private const string Resource = "Plumbline.Checks.Proposal.Rules.topics.yml";

    private static readonly Lazy<IReadOnlyList<ProposalTopic>> Loaded = new(Load);

    /// <summary>Every topic, in the order a buyer reads them.</summary>
    public static IReadOnlyList<ProposalTopic> All => Loaded.Value;

    /// <summary>The topic with this id; the built-in rules are the product's own, so an unknown id is a bug.</summary>
    public static ProposalTopic Get(string id) =>
        All.FirstOrDefault(t => t.Id == id) ?? throw new InvalidOperationException($"no proposal topic '{id}' in {Resource}");

    private static IReadOnlyList<ProposalTopic> Load()
    {
        using var stream = typeof(ProposalTopics).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        var read = ProposalRuleReader.Read(reader.ReadToEnd(), "Proposal/Rules/topics.yml");
        return read.Success
            ? read.Value
            : throw new InvalidOperationException("the built-in proposal rules are broken: " + string.Join("; ", read.Errors));
    }
}
