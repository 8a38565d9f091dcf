using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Proposal;

/// <summary>A topic verdict as a finding: Addressed passes; Vague, Missing and Red flag fail with the question to ask the vendor.</summary>
public static class ProposalFindings
{
    /// <summary>The verdict a proposal finding records, read back from its evidence (the first line, "verdict: …").</summary>
    public const string VerdictPrefix = "verdict: ";

    public static Finding Of(CheckDescriptor descriptor, ProposalDocument document, TopicVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(verdict);
        var topic = verdict.Topic;
        var first = verdict.Quotes.Count > 0 ? verdict.Quotes[0] : null;
        var quoted = string.Join("; ", verdict.Quotes.Select(q => q.ToString()));
        var (outcome, severity, detail) = verdict.Verdict switch
        {
            Verdict.Addressed => (Outcome.Pass, Severity.Info, $"Addressed: {topic.Title}. {quoted}"),
            Verdict.Vague => (Outcome.Fail, Severity.Low, $"Vague: {topic.Title} is mentioned but not settled: {quoted}. Ask the vendor: {topic.Ask}"),
            Verdict.Missing => (Outcome.Fail, Severity.Medium, $"Missing: the proposal says nothing about {Lower(topic.Title)}. Ask the vendor: {topic.Ask}"),
            _ => (Outcome.Fail, Severity.High, $"Red flag: {topic.Title}: {string.Join("; ", verdict.Quotes.Select(q => q.Shows).Distinct(StringComparer.Ordinal))}. {quoted}. Ask the vendor: {topic.Ask}"),
        };
        var evidence = new List<string> { VerdictPrefix + VerdictNames.Of(verdict.Verdict) };
        evidence.AddRange(verdict.Flags.Select(f => "red flag: " + f));
        evidence.AddRange(verdict.Quotes.Select(q => $"{q.Sentence.Where}: \"{q.Sentence.Text}\""));
        return descriptor.Conclude(outcome, severity, detail, new Location(Path: document.Name, Record: first?.Sentence.Where)) with
        {
            Fingerprint = FingerprintOf(descriptor, document),
            Evidence = evidence,
        };
    }

    /// <summary>A proposal finding's identity: the check and the document's name, so a re-upload of the same file matches.</summary>
    public static string FingerprintOf(CheckDescriptor descriptor, ProposalDocument document) =>
        Fingerprint.Of("proposal", descriptor.Id, document.Name.ToLowerInvariant());

    private static string Lower(string title) => title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
