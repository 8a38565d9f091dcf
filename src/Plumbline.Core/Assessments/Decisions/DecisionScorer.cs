using Plumbline.Core.Input;

namespace Plumbline.Core.Assessments.Decisions;

/// <summary>Scores a decision: weighted average per option, then each weight nudged up and down to see if the winner holds.</summary>
/// <remarks>A result that flips under a ±10% weight change is a close call: the honest advice is to test
/// the top two options cheaply before committing, not to trust the second decimal of a spreadsheet.</remarks>
public static class DecisionScorer
{
    /// <summary>Scores the decision, or says which criteria are unanswered.</summary>
    public static ParseResult<DecisionResult> Score(DecisionModel model, IReadOnlyDictionary<string, Answer> answers, string source)
    {
        var missing = model.Criteria
            .Where(c => answers.GetValueOrDefault(c.QuestionId) is not { Kind: QuestionKind.Scores } a
                || model.Options.Any(o => !a.Scores.ContainsKey(o.Id)))
            .Select(c => c.QuestionId)
            .ToList();
        if (missing.Count > 0)
        {
            return ParseResult<DecisionResult>.Fail(new InputError(source, $"the decision needs every option scored on: {string.Join(", ", missing)}"));
        }

        var weights = model.Criteria
            .Select(c => c.WeightQuestionId is { } wq && answers.GetValueOrDefault(wq)?.Number is { } w and > 0 ? w : c.Weight)
            .ToArray();
        var scores = Totals(model, answers, weights);
        var winner = Best(scores);
        var flips = new List<DecisionFlip>();
        foreach (var (criterion, index) in model.Criteria.Select((c, i) => (c, i)))
        {
            foreach (var sign in new[] { -1, 1 })
            {
                var nudged = (double[])weights.Clone();
                nudged[index] *= 1 + (sign * model.SensitivityPercent / 100);
                var other = Best(Totals(model, answers, nudged));
                if (other != winner)
                {
                    flips.Add(new DecisionFlip(criterion.QuestionId, sign * model.SensitivityPercent, model.Options[other]));
                }
            }
        }

        var ranked = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToList();
        var runnerUp = ranked.Count > 1 ? ranked[1] : (int?)null;
        return ParseResult<DecisionResult>.Ok(new DecisionResult(
            model.Options[winner],
            [.. model.Options.Select((o, i) => KeyValuePair.Create(o.Id, scores[i]))],
            [.. model.Criteria.Select((c, i) => KeyValuePair.Create(c.QuestionId, weights[i]))],
            flips)
        {
            RunnerUp = runnerUp is { } r ? model.Options[r] : null,
            Margin = runnerUp is { } r2 ? scores[winner] - scores[r2] : 0,
        });
    }

    private static double[] Totals(DecisionModel model, IReadOnlyDictionary<string, Answer> answers, double[] weights)
    {
        var sum = weights.Sum();
        return [.. model.Options.Select(o => model.Criteria
            .Select((c, i) => weights[i] * answers[c.QuestionId].Scores[o.Id])
            .Sum() / sum)];
    }

    // Ties go to the option listed first, so the template orders options from least to most commitment.
    private static int Best(double[] totals)
    {
        var best = 0;
        for (var i = 1; i < totals.Length; i++)
        {
            if (totals[i] > totals[best] + 1e-9)
            {
                best = i;
            }
        }

        return best;
    }
}
