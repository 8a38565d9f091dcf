using Plumbline.Checks.Dependencies;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Logging;

/// <summary>Does each ecosystem's code use a logging or error-tracking library?</summary>
public sealed class UsesLoggingLibrary : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("UsesLoggingLibrary", "Does the code use a logging or error-tracking library?", "repo", "add-logging-and-error-tracking");

    private static readonly Dictionary<string, string[]> Packages = new(StringComparer.Ordinal)
    {
        [Ecosystem.NuGet] = ["Serilog", "NLog", "log4net", "Microsoft.Extensions.Logging", "Sentry", "Elastic.Apm", "Microsoft.ApplicationInsights", "OpenTelemetry", "Datadog.Trace", "Bugsnag", "Rollbar"],
        [Ecosystem.Npm] = ["winston", "pino", "bunyan", "log4js", "loglevel", "@sentry/", "morgan", "signale", "consola", "@datadog/", "rollbar", "bugsnag", "@bugsnag/", "@opentelemetry/", "newrelic", "tslog", "roarr"],
        [Ecosystem.PyPI] = ["structlog", "loguru", "sentry-sdk", "sentry_sdk", "python-json-logger", "rollbar", "bugsnag", "opentelemetry", "ddtrace", "logbook"],
        [Ecosystem.Go] = ["go.uber.org/zap", "github.com/sirupsen/logrus", "github.com/rs/zerolog", "github.com/getsentry/sentry-go", "github.com/go-kit/log", "github.com/charmbracelet/log"],
        [Ecosystem.Cargo] = ["log", "tracing", "env_logger", "slog", "sentry", "fern", "flexi_logger", "log4rs"],
        // Every Spring Boot starter brings spring-boot-starter-logging (Logback through SLF4J).
        [Ecosystem.Maven] = ["org.slf4j:", "ch.qos.logback:", "org.apache.logging.log4j:", "io.sentry:", "log4j:", "org.springframework.boot:spring-boot-starter", "org.springframework.boot:spring-boot-starter-"],
        [Ecosystem.Gradle] = ["org.slf4j:", "ch.qos.logback:", "org.apache.logging.log4j:", "io.sentry:", "log4j:", "com.jakewharton.timber:", "org.springframework.boot:spring-boot-starter", "org.springframework.boot:spring-boot-starter-"],
        [Ecosystem.RubyGems] = ["lograge", "semantic_logger", "sentry-ruby", "sentry-raven", "rollbar", "bugsnag", "honeybadger", "rails"],
        [Ecosystem.Composer] = ["monolog/monolog", "sentry/", "laravel/framework", "symfony/monolog-bundle", "bugsnag/"],
        [Ecosystem.Pub] = ["logger", "logging", "sentry", "sentry_flutter", "firebase_crashlytics"],
    };

    // Standard-library or framework logging visible in the code itself.
    private static readonly Dictionary<string, (string Extension, string Marker)[]> CodeMarkers = new(StringComparer.Ordinal)
    {
        [Ecosystem.NuGet] = [(".cs", "ILogger"), (".csproj", "Microsoft.NET.Sdk.Web"), (".csproj", "Microsoft.NET.Sdk.Worker")],
        [Ecosystem.PyPI] = [(".py", "import logging"), (".py", "from logging")],
        [Ecosystem.Go] = [(".go", "\"log/slog\""), (".go", "\"log\"")],
        [Ecosystem.Maven] = [(".java", "java.util.logging")],
        [Ecosystem.Gradle] = [(".java", "java.util.logging"), (".kt", "java.util.logging")],
    };

    // The languages whose code each ecosystem's manifests build.
    private static readonly Dictionary<string, string[]> LanguagesOf = new(StringComparer.Ordinal)
    {
        [Ecosystem.NuGet] = ["C#", "F#", "Visual Basic .NET"],
        [Ecosystem.Npm] = ["JavaScript", "TypeScript", "JSX", "TSX", "Vue", "Svelte", "CoffeeScript"],
        [Ecosystem.PyPI] = ["Python"],
        [Ecosystem.Go] = ["Go"],
        [Ecosystem.Cargo] = ["Rust"],
        [Ecosystem.Maven] = ["Java", "Kotlin", "Scala", "Groovy"],
        [Ecosystem.Gradle] = ["Java", "Kotlin", "Scala", "Groovy"],
        [Ecosystem.RubyGems] = ["Ruby"],
        [Ecosystem.Composer] = ["PHP"],
        [Ecosystem.Pub] = ["Dart"],
    };

    // Build files written in a language are not application code in it (a gemspec, a Rakefile, build.gradle.kts).
    private static readonly string[] BuildFileNames = ["Gemfile", "Rakefile", "Vagrantfile", "Podfile", "Fastfile", "Dangerfile", "setup.py", "noxfile.py"];

    /// <summary>A part of the repository is judged only when its language is one of the repository's main ones
    /// (at least this share of the code in the languages of its manifests) and code in it sits beside its manifest.</summary>
    /// <remarks>saleor's release tooling package.json, hugo's docs/go.mod and a theme's gemspec do not make the
    /// repository an npm, Go or Ruby application with no logger.</remarks>
    public const double MainLanguageShare = 0.10;

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var manifests = snapshot.Manifests.Where(m => m.Error is null).ToList();
        if (manifests.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No dependency manifests, so no application code to look for logging in.");
            yield break;
        }

        var code = snapshot.Files.Where(f => f.Facts is { Language: not null } facts && facts.Lines.Code > 0 && !IsBuildFile(f)).ToList();
        var linesByEcosystem = LanguagesOf.ToDictionary(
            e => e.Key,
            e => code.Where(f => e.Value.Contains(f.Language!.Name, StringComparer.Ordinal)).Sum(f => (long)f.Facts!.Lines.Code),
            StringComparer.Ordinal);
        var total = linesByEcosystem.Where(e => e.Key != Ecosystem.Gradle).Sum(e => e.Value);
        var main = linesByEcosystem.Where(e => e.Value > 0 && e.Value >= total * MainLanguageShare).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var byEcosystem = manifests
            .Where(m => main.Contains(m.Ecosystem) && code.Any(f => InPart(f, m.Folder) && LanguagesOf[m.Ecosystem].Contains(f.Language!.Name, StringComparer.Ordinal)))
            .GroupBy(m => m.Ecosystem).ToList();
        if (byEcosystem.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No application code sits beside the dependency manifests in the repository's main languages, so there is nothing to look for logging in.");
            yield break;
        }

        foreach (var group in byEcosystem)
        {
            var names = Packages.GetValueOrDefault(group.Key, []);
            var library = group.SelectMany(m => m.Dependencies).Select(d => d.Name)
                .FirstOrDefault(d => names.Any(n => n.EndsWith('/') || n.EndsWith(':') || n.EndsWith('-') ? d.StartsWith(n, StringComparison.OrdinalIgnoreCase) : string.Equals(d, n, StringComparison.OrdinalIgnoreCase) || d.StartsWith(n + ".", StringComparison.OrdinalIgnoreCase)));
            var marker = library is null
                ? CodeMarkers.GetValueOrDefault(group.Key, []).FirstOrDefault(m => snapshot.TextFiles.Any(f => f.Extension == m.Extension && f.MayContain(m.Marker) && f.Text!.Contains(m.Marker, StringComparison.Ordinal))).Marker
                : null;
            var manifest = group.First().Path;
            if (library is not null || marker is not null)
            {
                yield return RepoFindings.Pass(Descriptor, $"The {group.Key} code logs through {library ?? marker}.", manifest);
            }
            else
            {
                yield return RepoFindings.Fail(
                    Descriptor,
                    Severity.Low,
                    $"The {group.Key} code uses no logging or error-tracking library, so failures in production leave no trace to diagnose.",
                    manifest,
                    evidence: [$"Looked for: {RepoFindings.List(names, 6)}"]);
            }
        }
    }

    private static bool IsBuildFile(RepoFile f) =>
        BuildFileNames.Contains(f.Name, StringComparer.Ordinal) || f.Extension is ".gemspec" || f.Name.EndsWith(".gradle.kts", StringComparison.Ordinal) || f.Name.EndsWith(".gradle", StringComparison.Ordinal);

    private static bool InPart(RepoFile f, string folder) =>
        folder.Length == 0 || f.Path.StartsWith(folder + "/", StringComparison.Ordinal);
}
