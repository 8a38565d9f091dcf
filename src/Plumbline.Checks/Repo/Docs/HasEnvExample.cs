using System.Text.RegularExpressions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>When the code reads environment variables, are they listed in a .env.example or the docs?</summary>
public sealed partial class HasEnvExample : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasEnvExample", "Are the environment variables the code reads documented (.env.example or docs)?", "repo", "add-env-example");

    // Variables set by terminals and CI systems rather than by whoever deploys the app.
    private static readonly HashSet<string> Ambient = new(StringComparer.Ordinal)
    {
        "HOME", "PATH", "USER", "USERNAME", "PWD", "TMPDIR", "TEMP", "TMP", "TERM", "SHELL", "LANG", "CI", "NO_COLOR", "COLUMNS", "LINES",
        "NODE_ENV", "DEBUG", "GITHUB_ACTIONS", "GITHUB_TOKEN", "APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
    };

    [GeneratedRegex(@"(?:process\.env\.([A-Z][A-Z0-9_]+)|process\.env\[['""]([A-Z][A-Z0-9_]+)['""]\]|os\.environ(?:\.get)?\s*[\[(]\s*['""]([A-Z][A-Z0-9_]+)['""]|os\.getenv\(\s*['""]([A-Z][A-Z0-9_]+)['""]|GetEnvironmentVariable\(\s*""([A-Z][A-Z0-9_]+)""|System\.getenv\(\s*""([A-Z][A-Z0-9_]+)""|os\.Getenv\(\s*""([A-Z][A-Z0-9_]+)""|ENV(?:\.fetch\(|\[)\s*['""]([A-Z][A-Z0-9_]+)['""]|env::var\(\s*""([A-Z][A-Z0-9_]+)""|import\.meta\.env\.([A-Z][A-Z0-9_]+)|getenv\(\s*['""]([A-Z][A-Z0-9_]+)['""])")]
    private static partial Regex EnvRead();

    // Where a match can be: every idiom contains one of the probe's words, at most 7 characters in ("import.meta.env").
    private const int LeadBeforeWord = 7;
    private const int ReachAfterWord = 512;

    /// <summary>The source files read for environment variables.</summary>
    public static readonly string[] CodeExtensions = [".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py", ".cs", ".java", ".kt", ".go", ".rb", ".rs", ".php", ".vue", ".svelte"];

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        // Each name with the first file that reads it; sorted at the end (a SortedDictionary's tree of key-value pairs is
        // compiled on first use, about 40 methods).
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in snapshot.TextFiles.Where(f => CodeExtensions.Contains(f.Extension) && !TestSuite.TestFiles.IsTest(f.Path)))
        {
            // Most files use none of the idioms, and the collector's probe rules them out without reading them again.
            if (!file.MayContainAny(ContentProbe.EnvReads))
            {
                continue;
            }

            foreach (var name in VariablesRead(file.Text!))
            {
                if (!Ambient.Contains(name))
                {
                    read.TryAdd(name, file.Path);
                }
            }
        }

        if (read.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "The code reads no environment variables that need documenting.");
            yield break;
        }

        var docs = snapshot.TextFiles.Where(f =>
            f.Name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) && IsExampleName(f.Name)
            || f.Name is "example.env" or "sample.env"
            || f.Extension is ".md" or ".rst" or ".txt" or ".adoc"
            || f.Name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase)
            || f.Name.StartsWith("compose.", StringComparison.OrdinalIgnoreCase)
            || f.Name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Text!)
            .ToList();
        var undocumented = read.Keys.Order(StringComparer.Ordinal).Where(name => !docs.Any(d => d.Contains(name, StringComparison.Ordinal))).ToList();
        if (undocumented.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"Every environment variable the code reads ({read.Count}) is documented.");
        }
        else
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                undocumented.Count == 1
                    ? "The code reads an environment variable that no .env.example or doc mentions; a new machine will not know to set it."
                    : $"The code reads {undocumented.Count} environment variables that no .env.example or doc mentions; a new machine will not know to set them.",
                evidence: [.. undocumented.Take(10).Select(v => $"{v} (read in {read[v]})")]);
        }
    }

    /// <summary>The names of the environment variables <paramref name="text"/> reads, in order, repeats included.</summary>
    /// <remarks>The pattern's alternatives begin with letters that are everywhere in code (o, p, e, g, i), so a plain
    /// scan stops every few characters to try a match: 100 ms on Python's standard library. Instead, plain searches
    /// find the idioms' words (a multi-word search is not precompiled, and ran slower), and the pattern is tried only
    /// around each, from just before the word to <see cref="ReachAfterWord"/> characters after it (enough for a call
    /// spread over lines; a match that reaches the window's end may be cut short, and is left out).</remarks>
    public static IEnumerable<string> VariablesRead(string text)
    {
        var words = new List<int>();
        foreach (var w in ContentProbe.EnvReads)
        {
            for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + w.Length, StringComparison.Ordinal))
            {
                words.Add(i);
            }
        }

        words.Sort();
        var scannedTo = 0;
        foreach (var word in words)
        {
            if (word < scannedTo)
            {
                // Inside a match already read.
                continue;
            }

            var start = Math.Max(scannedTo, word - LeadBeforeWord);
            var end = Math.Min(text.Length, word + ReachAfterWord);
            // The first match only: any later one has a word, and so a window, of its own.
            var m = EnvRead().Match(text, start, end - start);
            if (m.Success && (m.Index + m.Length < end || end == text.Length))
            {
                yield return m.Groups.Values.Skip(1).First(g => g.Success).Value;
                scannedTo = m.Index + m.Length;
            }
        }
    }

    /// <summary>True for .env.example, .env.sample, .env.template, .env.dist and the like.</summary>
    public static bool IsExampleName(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("example", StringComparison.Ordinal) || lower.Contains("sample", StringComparison.Ordinal)
            || lower.Contains("template", StringComparison.Ordinal) || lower.EndsWith(".dist", StringComparison.Ordinal)
            || lower.Contains("defaults", StringComparison.Ordinal);
    }
}
