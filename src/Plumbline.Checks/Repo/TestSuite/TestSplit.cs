namespace Plumbline.Checks.Repo.TestSuite;

/// <summary>A snapshot's source files in a programming language, split into tests and the code they test.</summary>
public sealed record TestSplit(IReadOnlyList<RepoFile> Tests, IReadOnlyList<RepoFile> Code);
