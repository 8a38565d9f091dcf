using Plumbline.Core.Assessments;

namespace Plumbline.Cli.Assess;

/// <summary>The prompting loop: asks every question that applies and is not yet answered, saving after each.</summary>
/// <remarks>Conditions are re-evaluated after each answer, so a question appears or disappears as earlier answers
/// change, and a rerun with the same save file continues where the last one stopped.</remarks>
internal static class AssessmentSession
{
    /// <summary>Runs the loop; returns how many questions were asked this time.</summary>
    public static int Run(AnswerStore store, IQuestionPrompter prompter, DateOnly today)
    {
        var template = store.Template;
        var asked = 0;
        var total = template.Questions.Count;
        var number = 0;
        foreach (var section in template.Sections)
        {
            var announced = false;
            foreach (var question in section.Questions)
            {
                number++;
                if (store.Answers.Values.ContainsKey(question.Id) || !template.IsAsked(question, store.Answers.Values, today))
                {
                    continue;
                }

                if (!announced)
                {
                    prompter.BeginSection(template, section);
                    announced = true;
                }

                store.Set(question.Id, prompter.Ask(question, number, total));
                asked++;
            }
        }

        return asked;
    }
}
