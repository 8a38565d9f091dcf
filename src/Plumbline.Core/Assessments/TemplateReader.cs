using System.Text.RegularExpressions;
using Plumbline.Core.Assessments.Conditions;
using Plumbline.Core.Assessments.Decisions;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Recommendations;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Assessments;

/// <summary>Reads and validates the assessment template format (docs/assessments.md).</summary>
/// <remarks>Every problem is reported with its line: unknown fields, duplicate ids, conditions on unknown or
/// later questions, values that are not among a question's options, recommendations missing from the catalog.</remarks>
public static partial class TemplateReader
{
    private static readonly string[] TopFields = ["id", "title", "description", "sections", "rules", "decision"];
    private static readonly string[] SectionFields = ["title", "questions"];
    private static readonly string[] QuestionFields = ["id", "text", "help", "kind", "options", "when", "min", "max"];
    private static readonly string[] RuleFields = ["id", "when", "recommendation", "outcome", "detail", "impact", "effort"];
    private static readonly string[] DecisionFields = ["options", "criteria", "close-call", "sensitivity"];
    private static readonly string[] OptionFields = ["id", "title", "recommendation"];
    private static readonly string[] CriterionFields = ["question", "title", "weight", "weight-question"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Reads one template, checking the recommendations it names against <paramref name="catalog"/>.</summary>
    public static ParseResult<AssessmentTemplate> Read(string yaml, string source, RecommendationCatalog catalog)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<AssessmentTemplate>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the template");
        if (top is null)
        {
            return ParseResult<AssessmentTemplate>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the template", TopFields);
        var id = ReadId(input, top, "the template");
        var title = input.String(top, "title", "the template", required: true);
        var description = input.String(top, "description", "the template") ?? string.Empty;

        // All question ids first, so a condition can tell "unknown" from "asked later".
        var allIds = new HashSet<string>(StringComparer.Ordinal);
        var sectionsNode = input.Sequence(YamlInput.Get(top, "sections"), "'sections'");
        if (YamlInput.Get(top, "sections") is null)
        {
            input.Error(top, "the template has no 'sections' list");
        }

        foreach (var q in (sectionsNode?.Children ?? []).OfType<YamlMappingNode>()
                     .Select(s => YamlInput.Get(s, "questions")).OfType<YamlSequenceNode>()
                     .SelectMany(qs => qs.Children).OfType<YamlMappingNode>())
        {
            if (YamlInput.Get(q, "id") is YamlScalarNode { Value: { } qid })
            {
                allIds.Add(qid);
            }
        }

        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        var sections = new List<Section>();
        foreach (var node in sectionsNode?.Children ?? [])
        {
            var map = input.Mapping(node, "a section");
            if (map is null)
            {
                continue;
            }

            input.OnlyKeys(map, "a section", SectionFields);
            var sectionTitle = input.String(map, "title", "a section", required: true) ?? string.Empty;
            var list = new List<Question>();
            var qs = input.Sequence(YamlInput.Get(map, "questions"), $"'questions' in section '{sectionTitle}'");
            if (YamlInput.Get(map, "questions") is null)
            {
                input.Error(map, $"section '{sectionTitle}' has no 'questions' list");
            }

            foreach (var qnode in qs?.Children ?? [])
            {
                var qmap = input.Mapping(qnode, "a question");
                if (qmap is null)
                {
                    continue;
                }

                var conditions = new ConditionReader(input, qid =>
                    questions.TryGetValue(qid, out var earlier) ? (earlier, false)
                    : allIds.Contains(qid) ? (new Question(qid, string.Empty, QuestionKind.Text), true)
                    : (null, false));
                var question = ReadQuestion(input, qmap, conditions);
                if (question is null)
                {
                    continue;
                }

                if (!questions.TryAdd(question.Id, question))
                {
                    input.Error(YamlInput.Get(qmap, "id"), $"two questions have the id '{question.Id}'; ids must be unique in a template");
                    continue;
                }

                list.Add(question);
            }

            sections.Add(new Section(sectionTitle, list));
        }

        var ruleConditions = new ConditionReader(input, qid => (questions.GetValueOrDefault(qid), false));
        var rules = ReadRules(input, top, ruleConditions, catalog);
        var decision = YamlInput.Get(top, "decision") is { } d ? ReadDecision(input, d, questions, catalog) : null;
        if (rules.Count == 0 && decision is null && YamlInput.Get(top, "rules") is null)
        {
            input.Error(top, "the template has no 'rules' (nor a 'decision'): answers would produce no findings");
        }

        if (!input.Ok || id is null || title is null)
        {
            return ParseResult<AssessmentTemplate>.Fail(input.Errors);
        }

        return ParseResult<AssessmentTemplate>.Ok(new AssessmentTemplate(id, title.Trim(), description.Trim(), sections, rules)
        {
            Decision = decision,
            Source = source,
        });
    }

    private static string? ReadId(YamlInput input, YamlMappingNode map, string context)
    {
        var id = input.String(map, "id", context, required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            input.Error(YamlInput.Get(map, "id"), $"id '{id}' in {context} must be lowercase letters, digits and dashes (e.g. has-staging)");
            return null;
        }

        return id;
    }

    private static Question? ReadQuestion(YamlInput input, YamlMappingNode map, ConditionReader conditions)
    {
        input.OnlyKeys(map, "a question", QuestionFields);
        var id = ReadId(input, map, "a question");
        if (id is null)
        {
            return null;
        }

        var context = $"question '{id}'";
        var text = input.String(map, "text", context, required: true);
        var help = input.String(map, "help", context);
        var kindText = input.String(map, "kind", context, required: true);
        QuestionKind kind = default;
        if (kindText is not null && !QuestionKinds.TryParse(kindText, out kind))
        {
            input.Error(YamlInput.Get(map, "kind"), $"kind of {context} must be one of {QuestionKinds.AllKeys}, not '{kindText}'");
            return null;
        }

        var options = input.StringList(map, "options", context);
        var optionsNode = YamlInput.Get(map, "options");
        if (kind is QuestionKind.Single or QuestionKind.Multiple or QuestionKind.Scores)
        {
            if (options.Count < 2)
            {
                input.Error(optionsNode ?? map, $"{context} is {kind.Key()} and needs an 'options' list of at least two answers");
            }

            foreach (var dup in options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                input.Error(optionsNode, $"option '{dup.Key}' is listed twice in {context}");
            }
        }
        else if (optionsNode is not null)
        {
            input.Error(optionsNode, $"{context} is {kind.Key()}; only single, multiple and scores questions take 'options'");
        }

        var min = input.Number(map, "min", context);
        var max = input.Number(map, "max", context);
        if ((min is not null || max is not null) && kind != QuestionKind.Number)
        {
            input.Error(YamlInput.Get(map, "min") ?? YamlInput.Get(map, "max"), $"'min' and 'max' apply to number questions only, and {context} is {kind.Key()}");
        }

        var when = YamlInput.Get(map, "when") is { } w ? conditions.Read(w, context) : null;
        if (text is null || kindText is null)
        {
            return null;
        }

        return new Question(id, text.Trim(), kind) { Help = help?.Trim(), Options = options, When = when, Min = min, Max = max };
    }

    private static List<Rule> ReadRules(YamlInput input, YamlMappingNode top, ConditionReader conditions, RecommendationCatalog catalog)
    {
        var rules = new List<Rule>();
        var seq = input.Sequence(YamlInput.Get(top, "rules"), "'rules'");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in seq?.Children ?? [])
        {
            var map = input.Mapping(node, "a rule");
            if (map is null)
            {
                continue;
            }

            input.OnlyKeys(map, "a rule", RuleFields);
            var id = ReadId(input, map, "a rule");
            if (id is null)
            {
                continue;
            }

            var context = $"rule '{id}'";
            if (!ids.Add(id))
            {
                input.Error(YamlInput.Get(map, "id"), $"two rules have the id '{id}'; ids must be unique in a template");
            }

            var recommendation = ReadRecommendation(input, map, "recommendation", context, catalog);
            var detail = input.String(map, "detail", context, required: true);
            var outcomeText = input.String(map, "outcome", context) ?? "fail";
            Outcome? outcome = outcomeText.Trim().ToLowerInvariant() switch
            {
                "fail" => Outcome.Fail,
                "pass" => Outcome.Pass,
                _ => null,
            };
            if (outcome is null)
            {
                input.Error(YamlInput.Get(map, "outcome"), $"outcome of {context} must be fail or pass, not '{outcomeText}'");
            }

            var impact = CatalogReader.ReadImpact(input, map, context, required: false);
            var effort = CatalogReader.ReadEffort(input, map, context, required: false);
            Condition? when = null;
            if (YamlInput.Get(map, "when") is { } w)
            {
                when = conditions.Read(w, context);
            }
            else
            {
                input.Error(map, $"{context} has no 'when': say which answers trigger it");
            }

            if (when is not null && recommendation is not null && detail is not null && outcome is not null)
            {
                rules.Add(new Rule(id, when, recommendation, outcome.Value, detail.Trim()) { Impact = impact, Effort = effort });
            }
        }

        return rules;
    }

    private static string? ReadRecommendation(YamlInput input, YamlMappingNode map, string key, string context, RecommendationCatalog catalog)
    {
        var id = input.String(map, key, context, required: true);
        if (id is not null && catalog.Find(id) is null)
        {
            input.Error(YamlInput.Get(map, key), $"{context} names recommendation '{id}', which is not in the catalog (add it with --catalog, or check the spelling)");
            return null;
        }

        return id;
    }

    private static DecisionModel? ReadDecision(YamlInput input, YamlNode node, IReadOnlyDictionary<string, Question> questions, RecommendationCatalog catalog)
    {
        var map = input.Mapping(node, "'decision'");
        if (map is null)
        {
            return null;
        }

        const string ctx = "'decision'";
        input.OnlyKeys(map, ctx, DecisionFields);
        var options = new List<DecisionOption>();
        foreach (var o in input.Sequence(YamlInput.Get(map, "options"), "'options' in 'decision'")?.Children ?? [])
        {
            if (input.Mapping(o, "a decision option") is not { } om)
            {
                continue;
            }

            input.OnlyKeys(om, "a decision option", OptionFields);
            var id = ReadId(input, om, "a decision option");
            var title = input.String(om, "title", $"decision option '{id}'", required: true);
            var rec = ReadRecommendation(input, om, "recommendation", $"decision option '{id}'", catalog);
            if (id is not null && title is not null && rec is not null)
            {
                options.Add(new DecisionOption(id, title, rec));
            }
        }

        if (options.Count < 2)
        {
            input.Error(map, "'decision' needs at least two 'options'");
        }

        var criteria = new List<DecisionCriterion>();
        foreach (var c in input.Sequence(YamlInput.Get(map, "criteria"), "'criteria' in 'decision'")?.Children ?? [])
        {
            if (input.Mapping(c, "a decision criterion") is not { } cm)
            {
                continue;
            }

            input.OnlyKeys(cm, "a decision criterion", CriterionFields);
            var qid = input.String(cm, "question", "a decision criterion", required: true);
            if (qid is null)
            {
                continue;
            }

            var context = $"decision criterion '{qid}'";
            var title = input.String(cm, "title", context) ?? qid;
            var weight = input.Number(cm, "weight", context, 0.001, 1000);
            if (YamlInput.Get(cm, "weight") is null)
            {
                input.Error(cm, $"{context} needs a 'weight' (a positive number; weights are relative)");
            }

            var q = questions.GetValueOrDefault(qid);
            if (q is null || q.Kind != QuestionKind.Scores)
            {
                input.Error(YamlInput.Get(cm, "question"), $"{context} must name a 'scores' question of this template");
                continue;
            }

            var missing = options.Select(o => o.Id).Where(o => !q.Options.Contains(o, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0 || q.Options.Count != options.Count)
            {
                input.Error(YamlInput.Get(cm, "question"), $"question '{qid}' must have exactly the decision's options ({string.Join(", ", options.Select(o => o.Id))}) as its options");
            }

            var weightQuestion = input.String(cm, "weight-question", context);
            if (weightQuestion is not null && questions.GetValueOrDefault(weightQuestion)?.Kind != QuestionKind.Number)
            {
                input.Error(YamlInput.Get(cm, "weight-question"), $"'weight-question' of {context} must name a number question of this template");
            }

            if (weight is not null)
            {
                criteria.Add(new DecisionCriterion(qid, title, weight.Value) { WeightQuestionId = weightQuestion });
            }
        }

        if (criteria.Count == 0)
        {
            input.Error(map, "'decision' needs a 'criteria' list");
        }

        var closeCall = ReadRecommendation(input, map, "close-call", ctx, catalog);
        var sensitivity = input.Number(map, "sensitivity", ctx, 1, 50) ?? 10;
        return closeCall is null ? null : new DecisionModel(options, criteria, closeCall, sensitivity);
    }
}
