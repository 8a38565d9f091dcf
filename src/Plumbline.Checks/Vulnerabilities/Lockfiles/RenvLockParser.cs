using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>R's <c>renv.lock</c>: a <c>Packages</c> map of records with <c>Package</c>, <c>Version</c> and where it came
/// from. Packages from CRAN (or Posit's CRAN mirror, RSPM/PPM) are CRAN releases; Bioconductor, GitHub and local
/// packages are skipped. renv does not say which packages the project loads itself, so direct is unknown.</summary>
public sealed class RenvLockParser : ILockfileParser
{
    private static readonly HashSet<string> CranRepositories = new(StringComparer.OrdinalIgnoreCase) { "CRAN", "RSPM", "PPM", "P3M" };

    public string Kind => "renv.lock";

    public string Ecosystem => Ecosystems.Cran;

    public bool Matches(string fileName) => fileName == "renv.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("Packages", out _))
        {
            return LockfileJson.Shape(source, "no 'Packages'; is this a renv.lock?");
        }

        var list = new List<ResolvedPackage>();
        foreach (var entry in LockfileJson.Props(LockfileJson.Obj(doc.RootElement, "Packages")))
        {
            var record = entry.Value;
            // A record that does not name its repository could have come from anywhere, so it is not matched.
            var repository = LockfileJson.Str(record, "Repository");
            if (repository is null || !CranRepositories.Contains(repository)) continue;
            if (LockfileJson.Str(record, "Version") is not { } version) continue;
            list.Add(new ResolvedPackage(Ecosystem, LockfileJson.Str(record, "Package") ?? entry.Name, version, null));
        }

        return LockfileJson.Ok(list);
    }
}
