namespace Plumbline.Checks.History;

/// <summary>Who knows one top-level folder: the person who authors most of its files (-1 when no file has an
/// author) and their share of its authored files, its own truck factor, single-author and departed files.</summary>
internal sealed record FolderKnowledge(string Name, int Files, int AuthoredFiles, int MainAuthor, double MainShare, int TruckFactor, IReadOnlyList<int> TruckFactorPeople, int SingleAuthorFiles, int DepartedFiles, int Authors);
