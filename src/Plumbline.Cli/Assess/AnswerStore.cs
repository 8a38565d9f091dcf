using Plumbline.Core.Assessments;

namespace Plumbline.Cli.Assess;

/// <summary>The answers file an interactive assessment saves to after every answer, so it can be resumed.</summary>
internal sealed class AnswerStore
{
    private AnswerStore(string path, AssessmentTemplate template, AssessmentAnswers answers)
    {
        Path = path;
        Template = template;
        Answers = answers;
    }

    public string Path { get; }

    public AssessmentTemplate Template { get; }

    public AssessmentAnswers Answers { get; private set; }

    /// <summary>Opens the file: its answers when it exists, none when it does not; errors name the line.</summary>
    public static (AnswerStore? Store, IReadOnlyList<object> Errors) Open(string path, AssessmentTemplate template)
    {
        if (!File.Exists(path))
        {
            return (new AnswerStore(path, template, AssessmentAnswers.Empty(template.Id)), []);
        }

        var (text, error) = Input.InputFile.ReadText(path, "answers file");
        if (text is null)
        {
            return (null, [error!]);
        }

        var read = AnswersReader.Read(text, path, template);
        return read.Success ? (new AnswerStore(path, template, read.Value), []) : (null, [.. read.Errors.Cast<object>()]);
    }

    /// <summary>Records an answer and writes the whole file (to a temporary file first, so an interrupted write never truncates it).</summary>
    public void Set(string questionId, Answer answer)
    {
        Answers = Answers.With(questionId, answer);
        Save();
    }

    public void Save()
    {
        var full = System.IO.Path.GetFullPath(Path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.tmp");
        File.WriteAllText(temp, AnswersWriter.Write(Template, Answers));
        File.Move(temp, full, overwrite: true);
    }
}
