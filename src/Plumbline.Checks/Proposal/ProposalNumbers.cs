using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal;

/// <summary>Pulls out the numbers a buyer compares: total and recurring cost, payment milestones, availability, response times,
/// contract length and notice periods. Each keeps its sentence, so a number is never shown without where it came from.</summary>
public static partial class ProposalNumbers
{
    public const string Total = "total cost";
    public const string Recurring = "recurring cost";
    public const string Milestone = "payment milestone";
    public const string Availability = "availability";
    public const string Response = "response time";
    public const string Term = "contract length";
    public const string Notice = "notice period";

    public static IReadOnlyList<ProposalNumber> Of(IReadOnlyList<ProposalSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var numbers = new List<ProposalNumber>();
        foreach (var sentence in sentences)
        {
            var text = sentence.Heading is null ? sentence.Text : $"{sentence.Heading}: {sentence.Text}";
            foreach (Match m in Money().Matches(sentence.Text))
            {
                var after = sentence.Text[(m.Index + m.Length)..];
                var kind = PerPeriod().IsMatch(after) ? Recurring
                    : MilestoneWords().IsMatch(sentence.Text) ? Milestone
                    : TotalWords().IsMatch(text) ? Total
                    : null;
                if (kind is not null)
                {
                    var value = kind == Recurring ? m.Value + PerPeriod().Match(after).Value : m.Value;
                    numbers.Add(new ProposalNumber(kind, value.Trim(), sentence));
                }
            }

            foreach (Match m in PercentMilestone().Matches(sentence.Text))
            {
                numbers.Add(new ProposalNumber(Milestone, m.Value.Trim(), sentence));
            }

            Add(numbers, Availability, UptimePercent(), sentence);
            Add(numbers, Response, ResponseTime(), sentence);
            Add(numbers, Term, ContractLength(), sentence);
            Add(numbers, Notice, NoticePeriod(), sentence);
        }

        return numbers;
    }

    private static void Add(List<ProposalNumber> numbers, string kind, Regex regex, ProposalSentence sentence)
    {
        foreach (Match m in regex.Matches(sentence.Text))
        {
            numbers.Add(new ProposalNumber(kind, m.Value.Trim(), sentence));
        }
    }

    [GeneratedRegex(@"(?:£|\$|€|\b(?:GBP|USD|EUR)\s?)\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?(?:\s?k\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"^\s*(?:\+\s?VAT\s*)?(?:\(?ex(?:cl(?:uding)?)?\.? VAT\)?\s*)?(?:per|a|an|/|each)\s?(?:calendar\s)?(?:month|year|annum|quarter|user|seat|hour|day|mo|yr)\b(?:\s(?:per|a|/)\s?(?:month|year|user))?", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"\b(on|upon|at|after|before)\s+(signing|signature|kick-?off|project start|approval|design approval|sign-off|delivery|launch|go-live|acceptance|completion|handover|milestone)", RegexOptions.IgnoreCase)]
    private static partial Regex MilestoneWords();

    [GeneratedRegex(@"\b(total|in total|fixed price|fixed fee|project (fee|price|cost)|one-off|overall|grand total|total investment|build cost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWords();

    [GeneratedRegex(@"\b\d{1,3}\s?%\s+(?:of the (?:total|fee|price|project fee)\s+)?(?:is\s+)?(?:due\s+|payable\s+|invoiced\s+)?(?:on|upon|at|after)\s+(?:the\s+)?[a-z-]+(?:\s[a-z-]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PercentMilestone();

    [GeneratedRegex(@"\b\d{2}(?:\.\d{1,3})?\s?%(?=[^.%]{0,40}\b(?:uptime|availability|available)\b)|\b(?:uptime|availability)\b[^.%\d]{0,30}\d{2}(?:\.\d{1,3})?\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex UptimePercent();

    [GeneratedRegex(@"\bwithin\s+(?:\d+|one|two|four|eight|twenty-four)\s+(?:business\s+|working\s+|calendar\s+)?(?:minutes?|mins?|hours?|hrs?|days?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseTime();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|twelve|twenty-four|thirty-six)[- ](?:months?|years?)(?:'s)?\s+(?:minimum\s+|initial\s+|fixed\s+)?(?:term|contract|agreement|commitment)\b|\b(?:term|contract|agreement|commitment)\s+of\s+(?:\d+|one|two|three|twelve|twenty-four|thirty-six)\s+(?:months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContractLength();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|thirty|sixty|ninety)\s+(?:days?|months?|weeks?)'?(?:'s)?\s+(?:prior\s+)?(?:written\s+)?notice\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoticePeriod();
}
