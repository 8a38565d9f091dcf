using Plumbline.Core.Assessments;

namespace Plumbline.Web.Assessments;

/// <summary>How far a questionnaire has got: answers that count, out of the questions asked given those answers.</summary>
internal readonly record struct AssessmentProgress(int Answered, int Asked)
{
    public static AssessmentProgress Of(AssessmentTemplate template, AssessmentAnswers answers, DateOnly today)
    {
        var counted = template.Applicable(answers.Values, today);
        var asked = template.Questions.Count(q => q.When is null || q.When.Holds(counted, today));
        return new AssessmentProgress(counted.Count, asked);
    }

    public bool Complete => Asked > 0 && Answered >= Asked;
}
