using System.Text.Json.Nodes;
using Plumbline.Checks.Proposal;
using Plumbline.Checks.Proposal.Reading;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Metrics;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The one run of a proposal review, called by <c>plumb review proposal</c>: read each proposal, judge every topic,
/// and make one report with the verdicts, the numbers, the questions to send each vendor and, for several, the side-by-side table.</summary>
public static class ProposalReview
{
    /// <summary>Report kind of a proposal review.</summary>
    public const string ReportKind = "review-proposal";

    /// <summary>At most this many proposals side by side: beyond that the table stops being readable.</summary>
    public const int MaxProposals = 5;

    /// <summary>Reads the files and reviews them; a file that cannot be read is an input error naming it.</summary>
    public static ParseResult<Report> RunFiles(IReadOnlyList<string> paths, CheckRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(settings);
        if (paths.Count is 0 or > MaxProposals)
        {
            return ParseResult<Report>.Fail(new InputError("proposal", $"give one to {MaxProposals} proposal files (given {paths.Count})"));
        }

        var documents = new List<ProposalDocument>();
        var errors = new List<InputError>();
        foreach (var path in paths)
        {
            settings.Progress?.Report($"Reading {path}");
            var read = ProposalReader.ReadFile(path);
            if (read.Success)
            {
                documents.Add(read.Value);
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        return errors.Count > 0 ? ParseResult<Report>.Fail(errors) : Run(documents, settings);
    }

    /// <summary>Reviews proposals already read (the web reads uploads from its store).</summary>
    public static ParseResult<Report> Run(IReadOnlyList<ProposalDocument> documents, CheckRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(settings);
        var named = Distinct(documents);
        var findings = new List<Finding>();
        var reviews = new List<(ProposalSnapshot Snapshot, IReadOnlyList<TopicVerdict> Verdicts, IReadOnlyList<ProposalNumber> Numbers)>();
        foreach (var document in named)
        {
            settings.Progress?.Report($"Reviewing {document.Name}");
            var snapshot = ProposalSnapshot.Of(document);
            findings.AddRange(CheckRunner.RunAll(ProposalChecks.All, snapshot, CheckRunReport.Disabled(settings)));
            var readable = document.NoText is null && snapshot.Sentences.Count > 0;
            var verdicts = readable
                ? ProposalChecks.Topics.Where(c => !settings.DisabledChecks.Contains(c.Descriptor.Id)).Select(c => TopicJudge.Judge(c.Topic, snapshot.Sentences)).ToList()
                : [];
            reviews.Add((snapshot, verdicts, readable ? ProposalNumbers.Of(snapshot.Sentences) : []));
        }

        var tables = new List<MetricTable>();
        if (reviews.Count > 1)
        {
            tables.Add(SideBySide(reviews.Select(r => (r.Snapshot.Document, r.Verdicts)).ToList()));
        }

        foreach (var (snapshot, verdicts, numbers) in reviews)
        {
            tables.Add(ReviewTable(snapshot.Document, verdicts, reviews.Count));
            if (numbers.Count > 0)
            {
                tables.Add(NumbersTable(snapshot.Document, numbers, reviews.Count));
            }
        }

        var questions = QuestionsTable(reviews.Select(r => (r.Snapshot.Document, r.Verdicts)).ToList());
        if (questions.Rows.Count > 0)
        {
            tables.Add(questions);
        }

        var metrics = new JsonObject
        {
            ["proposal"] = new JsonObject
            {
                ["documents"] = new JsonArray([.. reviews.Select(r => Metric(r.Snapshot, r.Verdicts, r.Numbers))]),
            },
        };
        var names = string.Join(", ", named.Select(d => d.Name));
        return CheckRunReport.Create(settings, $"{names} — proposal review", ReportKind, names, findings, metrics, tables);
    }

    /// <summary>The questions to send each vendor: one per topic that is not Addressed, red flags first.</summary>
    public static IReadOnlyList<(ProposalDocument Document, TopicVerdict Verdict)> Questions(IReadOnlyList<(ProposalDocument Document, IReadOnlyList<TopicVerdict> Verdicts)> reviews) =>
        [.. reviews.SelectMany(r => r.Verdicts.Where(v => v.Verdict != Verdict.Addressed)
            .OrderBy(v => v.Verdict switch { Verdict.RedFlag => 0, Verdict.Missing => 1, _ => 2 })
            .Select(v => (r.Document, v)))];

    private static MetricTable SideBySide(List<(ProposalDocument Document, IReadOnlyList<TopicVerdict> Verdicts)> reviews)
    {
        var topics = reviews.SelectMany(r => r.Verdicts).Select(v => v.Topic).DistinctBy(t => t.Id).ToList();
        var rows = topics.Select(t => (IReadOnlyList<string>)[t.Title, .. reviews.Select(r => Cell(r.Document, r.Verdicts.FirstOrDefault(v => v.Topic.Id == t.Id)))]).ToList();
        rows.Add(["Settled", .. reviews.Select(r => r.Document.NoText is null ? $"{r.Verdicts.Count(v => v.Verdict == Verdict.Addressed)} of {r.Verdicts.Count}" : "-")]);
        return new MetricTable("proposal-side-by-side", "Proposals side by side", ["Topic", .. reviews.Select(r => r.Document.Vendor)], rows)
        {
            Note = "Addressed: a sentence settles it. Vague: mentioned, not settled. Missing: not a word. Red flag: a sentence puts you at risk. Each proposal's table below quotes the sentences.",
        };
    }

    private static string Cell(ProposalDocument document, TopicVerdict? verdict) =>
        document.NoText is not null ? "unreadable" : verdict is null ? "-" : VerdictNames.Of(verdict.Verdict);

    private static MetricTable ReviewTable(ProposalDocument document, IReadOnlyList<TopicVerdict> verdicts, int count)
    {
        var rows = verdicts.Select(v => (IReadOnlyList<string>)
        [
            v.Topic.Title,
            VerdictNames.Of(v.Verdict),
            v.Quotes.Count == 0 ? "(nothing)" : string.Join(" / ", v.Quotes.Select(q => (v.Verdict == Verdict.RedFlag ? q.Shows + ": " : string.Empty) + "\"" + q.Sentence.Text + "\"")),
            v.Quotes.Count == 0 ? "-" : string.Join("; ", v.Quotes.Select(q => q.Sentence.Where).Distinct(StringComparer.Ordinal)),
        ]).ToList();
        var id = count > 1 ? $"proposal-review-{Slug(document.Vendor)}" : "proposal-review";
        return new MetricTable(id, $"{document.Name}: topic by topic", ["Topic", "Verdict", "What it says", "Where"], rows)
        {
            Note = document.NoText is { } why ? $"Not reviewed: {why}." : "It reads words, not intentions: a lawyer reads the contract.",
        };
    }

    private static MetricTable NumbersTable(ProposalDocument document, IReadOnlyList<ProposalNumber> numbers, int count)
    {
        var rows = numbers
            .DistinctBy(n => (n.Kind, n.Value, n.Sentence.Where))
            .Select(n => (IReadOnlyList<string>)[n.Kind, n.Value, n.Sentence.Where])
            .ToList();
        var id = count > 1 ? $"proposal-numbers-{Slug(document.Vendor)}" : "proposal-numbers";
        return new MetricTable(id, $"{document.Name}: the numbers", ["Kind", "Value", "Where"], rows);
    }

    private static MetricTable QuestionsTable(List<(ProposalDocument Document, IReadOnlyList<TopicVerdict> Verdicts)> reviews)
    {
        var several = reviews.Count > 1;
        var rows = Questions(reviews)
            .Select(q => (IReadOnlyList<string>)(several
                ? [q.Document.Vendor, q.Verdict.Topic.Title, VerdictNames.Of(q.Verdict.Verdict), q.Verdict.Topic.Ask]
                : [q.Verdict.Topic.Title, VerdictNames.Of(q.Verdict.Verdict), q.Verdict.Topic.Ask]))
            .ToList();
        IReadOnlyList<string> columns = several ? ["Vendor", "Topic", "Verdict", "Question"] : ["Topic", "Verdict", "Question"];
        return new MetricTable("proposal-questions", "Questions to send the vendor", columns, rows)
        {
            Note = "One question for each topic the proposal does not settle, red flags first. Ask for the answer in the contract, not in an email.",
        };
    }

    private static JsonObject Metric(ProposalSnapshot snapshot, IReadOnlyList<TopicVerdict> verdicts, IReadOnlyList<ProposalNumber> numbers)
    {
        var topics = new JsonObject();
        foreach (var v in verdicts)
        {
            topics[v.Topic.Id] = VerdictNames.Of(v.Verdict);
        }

        var document = new JsonObject
        {
            ["name"] = snapshot.Document.Name,
            ["format"] = snapshot.Document.Format,
            ["sentences"] = snapshot.Sentences.Count,
            ["topics"] = topics,
            ["numbers"] = new JsonArray([.. numbers.Select(n => (JsonNode)new JsonObject { ["kind"] = n.Kind, ["value"] = n.Value, ["where"] = n.Sentence.Where })]),
        };
        if (snapshot.Document.NoText is { } why)
        {
            document["noText"] = why;
        }

        return document;
    }

    /// <summary>Two files with the same name (from different folders) get "(2)" so findings and columns stay apart.</summary>
    private static List<ProposalDocument> Distinct(IReadOnlyList<ProposalDocument> documents)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<ProposalDocument>();
        foreach (var d in documents)
        {
            var n = seen.GetValueOrDefault(d.Name) + 1;
            seen[d.Name] = n;
            result.Add(n == 1 ? d : d with { Name = $"{Path.GetFileNameWithoutExtension(d.Name)} ({n}){Path.GetExtension(d.Name)}" });
        }

        return result;
    }

    private static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
