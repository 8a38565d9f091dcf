using System.Text.RegularExpressions;

namespace Plumbline.Checks.Repo.Ci;

/// <summary>Recognises a command line that runs a test suite: a test runner itself, a task runner or package
/// script given a test task, or a script named for testing.</summary>
/// <remarks>CI files call tests in many ways (<c>yarn grunt test:jqlite</c>, <c>mage -v test</c>,
/// <c>python manage.py test</c>, <c>./gradlew check</c>, <c>npm run ci</c> whose script is <c>jest</c>), so a fixed
/// list of whole commands missed real suites. Lines are read one at a time and comments are skipped.</remarks>
public static partial class TestCommands
{
    /// <summary>Commands that run a test suite by themselves, whatever follows them.</summary>
    public static readonly string[] Direct =
    [
        "dotnet test", "dotnet vstest", "vstest.console", "nunit3-console", "xunit.console", "npm test", "npm t", "jest", "vitest", "mocha", "karma start",
        "playwright test", "cypress run", "deno test", "pytest", "py.test", "python -m unittest", "python -m pytest", "manage.py test", "django-admin test",
        "coverage run", "nosetests", "tox", "nox", "go test", "gotestsum", "cargo test", "cargo nextest", "mvn verify", "mvn test", "mvn package", "mvn install",
        "mvnw verify", "mvnw test", "mvnw package", "mvnw install", "rspec", "rails test", "bundle exec rake", "artisan test", "phpunit", "pest", "flutter test",
        "dart test", "ctest", "mix test", "swift test", "sbt test", "stack test", "cabal test", "lein test", "bats",
    ];

    // Runners whose argument names a task or package script; the task's name says whether it tests.
    [GeneratedRegex(@"(?<![\w.-])(?<runner>npm|yarn|pnpm|bun|npx|grunt|gulp|make|just|task|rake|mage|invoke|gradle|gradlew|mvn|mvnw|composer|cake|nuke|turbo|nx|lerna)(?![\w-])(?<args>[^\r\n;&|]*)")]
    private static partial Regex Runner();

    // A task named for testing: test, tests, spec, e2e, test:unit, unit-tests, test_all, ...
    [GeneratedRegex(@"^([\w-]*[-_:])?(test|tests|spec|specs|e2e|unittest|unittests)([:_.-][\w:.-]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TestTask();

    // A script file named for testing, given as a path: ./test.sh, scripts/run-tests.sh, ci/test.
    [GeneratedRegex(@"^(\./)?([\w.-]+/)*(run[-_]?)?(unit[-_]?)?tests?([-_.][\w.-]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TestScript();

    private static readonly Regex[] DirectPatterns =
        [.. Direct.Select(c => new Regex(@"(?<![\w-])" + Regex.Escape(c) + @"(?![\w-])", RegexOptions.CultureInvariant))];

    /// <summary>The first line of <paramref name="text"/> that runs tests, trimmed, or null.</summary>
    /// <param name="text">A CI file or a script it calls.</param>
    /// <param name="packageScript">The body of a package script by name (from package.json), or null; lets
    /// <c>npm run ci</c> count when its script runs a test runner.</param>
    public static string? FirstIn(string text, Func<string, string?>? packageScript = null)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (RunsTests(line, packageScript, depth: 0))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Paths of repository scripts a CI line calls (<c>./build.sh</c>, <c>script/cibuild</c>), to read them too.</summary>
    public static IEnumerable<string> ScriptsCalled(string text) =>
        text.Split((char[])[' ', '\t', '\n', '\r', '"', '\'', ';', '&', '|'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Contains('/', StringComparison.Ordinal) && !t.Contains("://", StringComparison.Ordinal) && !t.Contains('$', StringComparison.Ordinal))
            .Select(t => t.StartsWith("./", StringComparison.Ordinal) ? t[2..] : t)
            .Where(t => !t.StartsWith('/') && !t.StartsWith('-'))
            .Distinct(StringComparer.Ordinal);

    private static bool RunsTests(string line, Func<string, string?>? packageScript, int depth)
    {
        if (DirectPatterns.Any(p => p.IsMatch(line)))
        {
            return true;
        }

        foreach (Match m in Runner().Matches(line))
        {
            var runner = m.Groups["runner"].Value;
            var args = m.Groups["args"].Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.Trim('"', '\'', ','))
                .Where(a => a.Length > 0 && !a.StartsWith('-'))
                .ToList();
            if (args.Any(a => TestTask().IsMatch(a)))
            {
                return true;
            }

            // check and verify are the conventional "build and run the tests" tasks of make, Gradle, Maven and Mage.
            if (runner is "make" or "gradle" or "gradlew" or "mvn" or "mvnw" or "mage" && args.Any(a => a is "check" or "verify"))
            {
                return true;
            }

            if (depth == 0 && packageScript is not null && runner is "npm" or "yarn" or "pnpm" or "bun")
            {
                var name = args.FirstOrDefault(a => a is not ("run" or "run-script" or "workspace" or "workspaces" or "-w"));
                if (name is not null && packageScript(name) is { } body && RunsTests(body, packageScript, depth + 1))
                {
                    return true;
                }
            }
        }

        return line.Split((char[])[' ', '\t', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Any(t => (t.Contains('/', StringComparison.Ordinal) || t.EndsWith(".sh", StringComparison.Ordinal) || t.EndsWith(".ps1", StringComparison.Ordinal)) && TestScript().IsMatch(t));
    }
}
