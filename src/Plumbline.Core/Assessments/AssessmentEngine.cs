using System.Globalization;
using Plumbline.Core.Assessments.Decisions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Assessments;

/// <summary>Scores answers against a template's rules (and decision) into findings.</summary>
/// <remarks>A rule's finding has check id <c>assess/&lt;template&gt;/&lt;rule&gt;</c>, the answers it tested as
/// evidence and their question ids as its location record, so it flows through items, prioritising and
/// reports like any audit finding. When several rules feed one recommendation the item takes the highest
/// impact among them, with that rule's effort.</remarks>
public static class AssessmentEngine
{
    /// <summary>The rule id of the finding that names the winning option of a decision model.</summary>
    public const string DecisionRule = "decision";

    /// <summary>The rule id of the finding that says whether a decision survives small changes of weight.</summary>
    public const string SensitivityRule = "decision-sensitivity";

    /// <summary>The check id of a template's rule: <c>assess/&lt;template&gt;/&lt;rule&gt;</c>.</summary>
    public static string CheckId(AssessmentTemplate template, string ruleId) => $"assess/{template.Id}/{ruleId}";

    /// <summary>The checks a template makes, one per rule, and the decision and its sensitivity where it scores options;
    /// the registry lists these, and their findings are concluded from them.</summary>
    public static IEnumerable<CheckDescriptor> Descriptors(AssessmentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var rule in template.Rules)
        {
            yield return RuleCheck(template, rule);
        }

        if (template.Decision is { } decision)
        {
            yield return DecisionCheck(template, decision);
            yield return SensitivityCheck(template, decision);
        }
    }

    private static CheckDescriptor RuleCheck(AssessmentTemplate template, Rule rule) =>
        new(CheckId(template, rule.Id), rule.Detail, Area, rule.RecommendationId);

    // The decision's recommendation is the winning option's; the descriptor names the close-call one it falls back to.
    private static CheckDescriptor DecisionCheck(AssessmentTemplate template, DecisionModel model) =>
        new(CheckId(template, DecisionRule), $"Which option do the {template.Title} answers favour?", Area, model.CloseCallRecommendationId);

    private static CheckDescriptor SensitivityCheck(AssessmentTemplate template, DecisionModel model) =>
        new(CheckId(template, SensitivityRule), string.Create(CultureInfo.InvariantCulture, $"Does the {template.Title} result hold when one weight moves by ±{model.SensitivityPercent}%?"), Area, model.CloseCallRecommendationId);

    private const string Area = "assessment";

    /// <summary>Evaluates every rule on the answers that count (answers to questions not asked are ignored).</summary>
    /// <param name="template">The template.</param>
    /// <param name="answers">The answers.</param>
    /// <param name="catalog">The catalog the template's recommendations come from.</param>
    /// <param name="today">The date for relative tests such as "older than 6 months".</param>
    public static AssessmentResult Evaluate(AssessmentTemplate template, AssessmentAnswers answers, RecommendationCatalog catalog, DateOnly today)
    {
        var counted = template.Applicable(answers.Values, today);
        var findings = new List<Finding>();
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var rule in template.Rules)
        {
            if (!rule.When.Holds(counted, today))
            {
                continue;
            }

            var recommendation = catalog.Get(rule.RecommendationId);
            var impact = rule.Impact ?? recommendation.Impact;
            var effort = rule.Effort ?? recommendation.Effort;
            var ids = rule.When.Contributing(counted, today).Where(counted.ContainsKey).ToList();
            findings.Add(RuleCheck(template, rule).Conclude(
                rule.Outcome,
                rule.Outcome == Outcome.Fail ? SeverityOf(impact) : Severity.Info,
                rule.Detail,
                new Location(Record: string.Join(", ", ids)),
                rule.RecommendationId) with
            {
                Evidence = [.. ids.Select(id => $"{template.Find(id)!.Text} — {counted[id].Display}")],
            });

            if (rule.Outcome == Outcome.Fail
                && (!ratings.TryGetValue(rule.RecommendationId, out var existing) || impact.Value > existing.Impact!.Value.Value))
            {
                ratings[rule.RecommendationId] = new Rating(impact, effort);
            }
        }

        var tables = new List<MetricTable> { AnswersTable(template, counted) };
        DecisionResult? decision = null;
        if (template.Decision is { } model)
        {
            var scored = DecisionScorer.Score(model, counted, template.Id);
            if (scored.Success)
            {
                decision = scored.Value;
                findings.AddRange(DecisionFindings(template, model, decision));
                tables.Add(ScoresTable(template, model, decision, counted));
                tables.Add(SensitivityTable(template, model, decision));
            }
            else
            {
                findings.Add(DecisionCheck(template, model).Conclude(Outcome.Inconclusive, Severity.Info,
                    $"No recommendation yet: {scored.Errors[0].Message}.", Location.None));
            }
        }

        var unanswered = template.Questions
            .Where(q => !counted.ContainsKey(q.Id) && (q.When is null || q.When.Holds(counted, today)))
            .Select(q => q.Id)
            .ToList();
        return new AssessmentResult(template, findings, ratings, tables)
        {
            Decision = decision,
            Unanswered = unanswered,
            Answered = counted.Count,
        };
    }

    /// <summary>The severity a failing finding carries for an impact level.</summary>
    public static Severity SeverityOf(Impact impact) => impact.Value switch
    {
        5 => Severity.Critical,
        4 => Severity.High,
        3 => Severity.Medium,
        2 => Severity.Low,
        _ => Severity.Info,
    };

    private static IEnumerable<Finding> DecisionFindings(AssessmentTemplate template, DecisionModel model, DecisionResult d)
    {
        var score = d.Scores.First(s => s.Key == d.Winner.Id).Value;
        var ahead = d.RunnerUp is { } r ? $", ahead of '{r.Title}' by {F(d.Margin)}" : string.Empty;
        var evidence = d.Scores.Select(s => $"{model.Options.First(o => o.Id == s.Key).Title}: {F(s.Value)} of 5").ToList();
        yield return DecisionCheck(template, model).Conclude(Outcome.Fail, Severity.Medium,
            $"Weighted scores favour '{d.Winner.Title}' ({F(score)} of 5{ahead}).",
            new Location(Record: string.Join(", ", model.Criteria.Select(c => c.QuestionId))),
            d.Winner.RecommendationId) with
        {
            RecommendationId = d.Winner.RecommendationId,
            Evidence = evidence,
        };

        var sensitivity = SensitivityCheck(template, model);
        if (d.Stable)
        {
            yield return sensitivity.Conclude(Outcome.Pass, Severity.Info,
                $"The build-or-buy result holds when any one weight moves by ±{F(model.SensitivityPercent)}%.",
                Location.None);
        }
        else
        {
            var flips = d.Flips.Select(f => $"{Title(model, f.CriterionQuestionId)} {(f.ChangePercent > 0 ? "+" : string.Empty)}{F(f.ChangePercent)}% → {f.NewWinner.Title}").ToList();
            yield return sensitivity.Conclude(Outcome.Fail, Severity.Medium,
                $"Close call: the result flips to another option when a single weight moves by {F(model.SensitivityPercent)}% ({flips.Count} of {model.Criteria.Count * 2} changes).",
                new Location(Record: string.Join(", ", d.Flips.Select(f => f.CriterionQuestionId).Distinct()))) with
            { Evidence = flips };
        }
    }

    private static MetricTable AnswersTable(AssessmentTemplate template, IReadOnlyDictionary<string, Answer> counted) => new(
        "assessment-answers",
        $"Answers: {template.Title}",
        ["Section", "Question", "Answer"],
        [.. template.Sections.SelectMany(s => s.Questions.Where(q => counted.ContainsKey(q.Id))
            .Select(q => (IReadOnlyList<string>)[s.Title, q.Text, counted[q.Id].Display]))])
    {
        Note = "Only questions that applied to these answers are listed.",
    };

    private static MetricTable ScoresTable(AssessmentTemplate template, DecisionModel model, DecisionResult d, IReadOnlyDictionary<string, Answer> counted)
    {
        var total = d.Weights.Sum(w => w.Value);
        var columns = new List<string> { "Option", "Weighted score" };
        columns.AddRange(model.Criteria.Select((c, i) => $"{c.Title} ({F(100 * d.Weights[i].Value / total)}%)"));
        var rows = model.Options.Select(o =>
        {
            var row = new List<string> { o.Title, F(d.Scores.First(s => s.Key == o.Id).Value) };
            row.AddRange(model.Criteria.Select(c => counted[c.QuestionId].Scores[o.Id].ToString(CultureInfo.InvariantCulture)));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new MetricTable("decision-scores", $"{template.Title}: options side by side", columns, rows)
        {
            Note = "Each option scored 1 (worst) to 5 (best) per criterion; the weighted score is the weighted average.",
            BarColumn = 1,
        };
    }

    private static MetricTable SensitivityTable(AssessmentTemplate template, DecisionModel model, DecisionResult d)
    {
        var p = F(model.SensitivityPercent);
        var rows = model.Criteria.Select((c, i) =>
        {
            string Winner(int sign) => d.Flips.FirstOrDefault(f => f.CriterionQuestionId == c.QuestionId && Math.Sign(f.ChangePercent) == sign)?.NewWinner.Title
                ?? $"{d.Winner.Title} (unchanged)";
            return (IReadOnlyList<string>)[c.Title, F(d.Weights[i].Value), Winner(-1), Winner(1)];
        }).ToList();
        return new MetricTable("decision-sensitivity", $"{template.Title}: does the answer flip?", ["Criterion", "Weight", $"Winner at −{p}%", $"Winner at +{p}%"], rows)
        {
            Note = d.Stable ? "No single weight change flips the result." : "Where the winner changes, test the top options cheaply before committing.",
        };
    }

    private static string Title(DecisionModel model, string questionId) => model.Criteria.First(c => c.QuestionId == questionId).Title;

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
