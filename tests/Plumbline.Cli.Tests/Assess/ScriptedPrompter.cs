using Plumbline.Cli.Assess;
using Plumbline.Core.Assessments;

namespace Plumbline.Cli.Tests.Assess;

/// <summary>Answers questions from a script of typed text, through the same parser the terminal uses; stops after a set number to simulate Ctrl+C.</summary>
internal sealed class ScriptedPrompter(IReadOnlyDictionary<string, string> script, int stopAfter = int.MaxValue) : IQuestionPrompter
{
    public List<string> Asked { get; } = [];

    public List<string> Sections { get; } = [];

    public void BeginSection(AssessmentTemplate template, Section section) => Sections.Add(section.Title);

    public Answer Ask(Question question, int number, int total)
    {
        if (Asked.Count == stopAfter)
        {
            throw new OperationCanceledException("the person pressed Ctrl+C");
        }

        Asked.Add(question.Id);
        var typed = script.TryGetValue(question.Id, out var t) ? t : throw new InvalidOperationException($"No scripted answer for {question.Id}");
        return AnswersReader.Parse(question, typed).Value;
    }
}
