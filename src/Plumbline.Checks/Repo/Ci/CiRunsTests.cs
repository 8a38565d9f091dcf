using System.Text.Json;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Ci;

/// <summary>Does CI run the tests?</summary>
public sealed class CiRunsTests : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CiRunsTests", "Does CI run the tests?", "repo", "run-tests-in-ci");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var ci = snapshot.Files.Where(f => CiFiles.IsCi(f.Path)).ToList();
        if (ci.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There is no CI configuration to run tests.");
            yield break;
        }

        var scripts = PackageScripts(snapshot);
        foreach (var file in ci)
        {
            if (file.Text is not { } text)
            {
                continue;
            }

            // The CI file itself, then the repository scripts it calls (./build.sh, script/cibuild), one level deep.
            var command = TestCommands.FirstIn(text, scripts.GetValueOrDefault);
            var where = file.Path;
            if (command is null)
            {
                foreach (var called in TestCommands.ScriptsCalled(text).Select(snapshot.Find).OfType<RepoFile>())
                {
                    if (!CiFiles.IsCi(called.Path) && called.Text is { } body && TestCommands.FirstIn(body, scripts.GetValueOrDefault) is { } inScript)
                    {
                        (command, where) = (inScript, $"{file.Path} through {called.Path}");
                        break;
                    }
                }
            }

            if (command is not null)
            {
                yield return RepoFindings.Pass(Descriptor, $"CI runs the tests ({where}: {Shorten(command)}).", file.Path);
                yield break;
            }
        }

        yield return RepoFindings.Fail(
            Descriptor,
            Severity.Medium,
            "CI is configured but none of its files runs a test command, so a broken change can still go green.",
            ci[0].Path,
            evidence: [$"Looked in {RepoFindings.List(ci.Select(f => f.Path))} for test runners (dotnet test, pytest, go test, mvn verify, …) and test tasks of package scripts, make and other task runners (npm run test, make check, grunt test, …)."]);
    }

    private static string Shorten(string command) => command.Length <= 80 ? command : command[..77] + "...";

    /// <summary>Each package.json script's body by name, the first package.json by path winning.</summary>
    private static Dictionary<string, string> PackageScripts(RepoSnapshot snapshot)
    {
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in snapshot.Named("package.json"))
        {
            if (file.Text is not { } text)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("scripts", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in s.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                    {
                        scripts.TryAdd(p.Name, p.Value.GetString()!);
                    }
                }
            }
            catch (JsonException)
            {
                // ManifestsAreReadable reports a package.json that does not parse.
            }
        }

        return scripts;
    }
}
