using Plumbline.Core.Assessments;
using Plumbline.Core.Input;
using Plumbline.Web.Data;

namespace Plumbline.Web.Assessments;

/// <summary>Reads a saved response back into answers with Core's answers-file reader (the same format <c>plumb assess --answers</c> takes).</summary>
internal static class StoredAnswers
{
    public static ParseResult<AssessmentAnswers> Read(AssessmentTemplate template, AssessmentResponse? response) =>
        response is null || string.IsNullOrWhiteSpace(response.Answers)
            ? ParseResult<AssessmentAnswers>.Ok(AssessmentAnswers.Empty(template.Id))
            : AnswersReader.Read(response.Answers, $"saved answers to '{template.Id}'", template);
}
