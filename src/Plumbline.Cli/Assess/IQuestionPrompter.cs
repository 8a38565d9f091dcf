using Plumbline.Core.Assessments;

namespace Plumbline.Cli.Assess;

/// <summary>Asks a person one question at a time; the terminal implementation uses Spectre prompts, tests script it.</summary>
internal interface IQuestionPrompter
{
    /// <summary>Shown when the first question of a section is about to be asked.</summary>
    void BeginSection(AssessmentTemplate template, Section section);

    /// <summary>Asks the question and returns an answer that fits it (the prompter re-asks until one does).</summary>
    Answer Ask(Question question, int number, int total);
}
