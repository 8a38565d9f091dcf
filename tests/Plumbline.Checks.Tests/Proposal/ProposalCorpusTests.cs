using Plumbline.Checks.Proposal;
using Plumbline.Checks.Proposal.Reading;
using Plumbline.Checks.Proposal.Rules;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.Proposal;

/// <summary>The accuracy bar of the review: the written corpus of proposals, read as Markdown, PDF and DOCX, against the
/// verdicts a careful buyer gives them. At least 90% of topic verdicts right, and every red flag found.</summary>
public sealed class ProposalCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Formats() => ["md", "pdf", "docx", "txt", "html"];

    [Fact]
    public void The_corpus_has_at_least_ten_proposals_of_five_kinds_with_expected_verdicts()
    {
        var expected = Expected();
        var files = CorpusDocuments.All().Select(d => d.Name).ToList();

        files.Count.ShouldBeGreaterThanOrEqualTo(10);
        expected.Keys.Order(StringComparer.Ordinal).ShouldBe(files);
        foreach (var kind in new[] { "web-redesign", "crm", "managed-it", "mobile-app", "erp-migration" })
        {
            files.ShouldContain(f => f.StartsWith(kind, StringComparison.Ordinal), kind);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void At_least_90_percent_of_topic_verdicts_are_right_and_every_red_flag_is_found(string format)
    {
        var expected = Expected();
        var right = 0;
        var total = 0;
        var missedFlags = new List<string>();
        foreach (var (name, markdown) in CorpusDocuments.All())
        {
            var document = Read(name, markdown, format);
            var snapshot = ProposalSnapshot.Of(document);
            foreach (var topic in ProposalTopics.All)
            {
                var want = expected[name].GetValueOrDefault(topic.Id, Verdict.Addressed);
                var got = TopicJudge.Judge(topic, snapshot.Sentences);
                total++;
                if (got.Verdict == want)
                {
                    right++;
                }
                else
                {
                    output.WriteLine($"{format} {name} {topic.Id}: expected {want}, got {got.Verdict} {string.Join(" | ", got.Quotes.Select(q => q.ToString()))}");
                }

                if (want == Verdict.RedFlag && got.Verdict != Verdict.RedFlag)
                {
                    missedFlags.Add($"{name} {topic.Id}");
                }
            }
        }

        var share = (double)right / total;
        output.WriteLine(FormattableString.Invariant($"{format}: {right} of {total} topic verdicts right ({share:P1}); red flags missed: {missedFlags.Count}"));
        share.ShouldBeGreaterThanOrEqualTo(0.90);
        missedFlags.ShouldBeEmpty();
    }

    [Fact]
    public void The_PDF_and_DOCX_of_a_proposal_get_the_same_verdicts_as_its_text()
    {
        foreach (var (name, markdown) in CorpusDocuments.All())
        {
            var fromText = Verdicts(Read(name, markdown, "md"));

            Verdicts(Read(name, markdown, "pdf")).ShouldBe(fromText, $"{name} as PDF");
            Verdicts(Read(name, markdown, "docx")).ShouldBe(fromText, $"{name} as DOCX");
        }
    }

    private static List<Verdict> Verdicts(ProposalDocument document)
    {
        var snapshot = ProposalSnapshot.Of(document);
        return [.. ProposalTopics.All.Select(t => TopicJudge.Judge(t, snapshot.Sentences).Verdict)];
    }

    /// <summary>The proposal as the format names it: the Markdown itself, a PDF or DOCX made from it, the Markdown as plain text, or a simple HTML page.</summary>
    internal static ProposalDocument Read(string name, string markdown, string format)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var bytes = format switch
        {
            "pdf" => CorpusDocuments.ToPdf(markdown),
            "docx" => CorpusDocuments.ToDocx(markdown),
            "html" => System.Text.Encoding.UTF8.GetBytes(CorpusHtml.Of(markdown)),
            _ => System.Text.Encoding.UTF8.GetBytes(format == "txt" ? markdown.Replace("# ", string.Empty, StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal) : markdown),
        };
        var read = ProposalReader.Read(bytes, $"{stem}.{format}");
        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        return read.Value with { Name = name };
    }

    private static Dictionary<string, Dictionary<string, Verdict>> Expected()
    {
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(CorpusDocuments.Folder, "expected.yml"))))
        {
            yaml.Load(reader);
        }

        var result = new Dictionary<string, Dictionary<string, Verdict>>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            var topics = new Dictionary<string, Verdict>(StringComparer.Ordinal);
            foreach (var (topic, verdict) in ((YamlMappingNode)value).Children)
            {
                topics[((YamlScalarNode)topic).Value!] = VerdictNames.Parse(((YamlScalarNode)verdict).Value!) ?? throw new InvalidDataException($"bad verdict {verdict}");
            }

            result[((YamlScalarNode)key).Value!] = topics;
        }

        return result;
    }
}
