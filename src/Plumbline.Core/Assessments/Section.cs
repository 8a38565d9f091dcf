namespace Plumbline.Core.Assessments;

/// <summary>A titled group of questions, asked together.</summary>
/// <param name="Title">The heading shown before its questions.</param>
/// <param name="Questions">The questions, in the order they are asked.</param>
public sealed record Section(string Title, IReadOnlyList<Question> Questions);
