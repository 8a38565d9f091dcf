using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Checks.Vulnerabilities.Lockfiles;
using Plumbline.Checks.Vulnerabilities.Versions;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>The <c>vulnerabilities</c> stage of <c>plumb audit</c>: reads the target's lockfiles, matches the resolved
/// versions against the local OSV index, and says plainly when the index is absent or stale instead of reporting
/// "nothing found".</summary>
/// <param name="environment">Reads environment variables (PLUMB_DATA); tests pass their own.</param>
public sealed class VulnerabilitiesStage(Func<string, string?>? environment = null) : IAuditStage
{
    public const string StageName = "vulnerabilities";

    public string Name => StageName;

    public Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(context, progress, cancellationToken), cancellationToken);

    private StageResult Run(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var metrics = new JsonObject();
        var configRead = VulnerabilitiesConfig.Read(context.Config.Sections.GetValueOrDefault(StageName), context.Config.Source);
        var config = configRead.Success ? configRead.Value : VulnerabilitiesConfig.Default;
        if (!configRead.Success)
        {
            var d = VulnerabilityChecks.SettingsValid;
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                $"The 'vulnerabilities' settings could not be read, so defaults were used: {string.Join("; ", configRead.Errors)}",
                new Location(context.Config.Source)));
        }

        progress.Report(new AuditProgress(StageName, "Finding lockfiles"));
        IReadOnlyList<FoundLockfile> found;
        try
        {
            found = LockfileFinder.Find(context);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            var d = VulnerabilityChecks.LockfilesReadable;
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                $"Not checked for known vulnerabilities: the lockfiles of {context.DisplayName} could not be listed ({ex.Message}).",
                Location.None, "listing"));
            metrics["checked"] = false;
            return Result(findings, metrics, []);
        }

        var lockfiles = ReadLockfiles(found, findings);
        cancellationToken.ThrowIfCancellationRequested();
        var packageCount = lockfiles.Sum(l => l.Packages.Count);
        metrics["lockfiles"] = lockfiles.Count;
        metrics["unreadableLockfiles"] = findings.Count(f => f.CheckId == VulnerabilityChecks.LockfilesReadable.Id);
        metrics["packages"] = packageCount;

        if (lockfiles.Count == 0)
        {
            if (findings.All(f => f.CheckId != VulnerabilityChecks.LockfilesReadable.Id))
            {
                var d = VulnerabilityChecks.FreeOfKnownVulnerabilities;
                findings.Add(d.Conclude(Outcome.NotApplicable, Severity.Info,
                    "No lockfile and no .NET project file pinning package versions was found, so there are no dependency versions to check for known vulnerabilities.",
                    Location.None, "no-lockfiles"));
            }

            metrics["checked"] = false;
            return Result(findings, metrics, []);
        }

        if (packageCount == 0)
        {
            // Lockfiles that pin nothing a registry published (only ranges, paths or git sources) leave nothing to match.
            var d = VulnerabilityChecks.FreeOfKnownVulnerabilities;
            findings.Add(d.Conclude(Outcome.NotApplicable, Severity.Info,
                $"The {FilesRead(lockfiles)} found ({string.Join(", ", lockfiles.Select(l => l.Path))}) pin no published package versions, so there is nothing to check for known vulnerabilities.",
                Location.None, "no-pinned-packages"));
            metrics["checked"] = false;
            return Result(findings, metrics, []);
        }

        var dataFolder = config.DataFolder is { } configured
            ? Path.GetFullPath(Path.Combine(context.Root, ExpandHome(configured)))
            : PlumbDataFolder.Resolve(null, environment);
        var store = new VulnIndexStore(dataFolder);
        var database = new JsonObject { ["folder"] = dataFolder, ["maxAgeDays"] = config.MaxAgeDays };
        metrics["database"] = database;

        IndexMetadata? meta;
        string? damage = null;
        try
        {
            meta = store.ReadMetadata();
        }
        catch (InvalidDataException ex)
        {
            meta = null;
            damage = ex.Message;
        }

        var now = context.Time.GetUtcNow();
        var needed = lockfiles.SelectMany(l => l.Packages).Select(p => p.Ecosystem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (meta is null || meta.Ecosystems.Count == 0)
        {
            database["status"] = "absent";
            metrics["checked"] = false;
            var d = VulnerabilityChecks.DatabaseCurrent;
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"Not checked for known vulnerabilities: {(damage ?? $"there is no vulnerability database in {dataFolder}")}. " +
                $"The {Count(packageCount, "package")} pinned in {FilesRead(lockfiles)} may or may not have known vulnerabilities. " +
                "Run 'plumb vulndb update' (or 'plumb vulndb import' with OSV all.zip archives offline), then audit again.",
                Location.None, "absent"));
            return Result(findings, metrics, []);
        }

        // Freshness: every ecosystem the target uses must be imported, and recently enough.
        var ecosystemsJson = new JsonArray();
        var missing = new List<string>();
        var stale = new List<EcosystemImport>();
        foreach (var ecosystem in needed)
        {
            if (meta.Find(ecosystem) is not { } import)
            {
                missing.Add(ecosystem);
                continue;
            }

            var age = now - import.ImportedAt;
            ecosystemsJson.Add((JsonNode)new JsonObject
            {
                ["name"] = ecosystem,
                ["importedAt"] = import.ImportedAt.ToString("O", CultureInfo.InvariantCulture),
                ["ageDays"] = Math.Round(age.TotalDays, 1),
                ["advisories"] = import.Advisories,
            });
            if (age > TimeSpan.FromDays(config.MaxAgeDays)) stale.Add(import);
        }

        database["ecosystems"] = ecosystemsJson;
        database["missing"] = new JsonArray([.. missing.Select(m => (JsonNode?)JsonValue.Create(m))]);
        database["status"] = missing.Count > 0 ? "partial" : stale.Count > 0 ? "stale" : "current";
        foreach (var ecosystem in missing)
        {
            var d = VulnerabilityChecks.DatabaseCurrent;
            var count = lockfiles.SelectMany(l => l.Packages).Count(p => p.Ecosystem == ecosystem);
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"Not checked for known vulnerabilities: the database in {dataFolder} has no {ecosystem} advisories, so the {count} {ecosystem} packages were not checked. " +
                $"Run 'plumb vulndb update' (it fetches {ecosystem} by default) or import {ecosystem}/all.zip.",
                Location.None, "missing", ecosystem));
        }

        if (stale.Count > 0)
        {
            var oldest = stale.MinBy(s => s.ImportedAt)!;
            var days = (int)(now - oldest.ImportedAt).TotalDays;
            var d = VulnerabilityChecks.DatabaseCurrent;
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"The vulnerability database is stale: {string.Join(", ", stale.Select(s => s.Name))} advisories were imported {days} days ago " +
                $"(on {oldest.ImportedAt:yyyy-MM-dd}; the limit is {config.MaxAgeDays} days). Advisories published since then are not checked, " +
                "so a clean result here does not mean there are no known vulnerabilities. Run 'plumb vulndb update'.",
                Location.None, "stale"));
        }

        progress.Report(new AuditProgress(StageName, "Matching against the vulnerability database"));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var active = config.Ignores.Where(i => i.ActiveOn(today)).ToList();
        var expired = config.Ignores.Where(i => !i.ActiveOn(today)).ToList();
        var expiredHits = new Dictionary<VulnerabilityIgnore, int>();
        var ignoredCount = 0;
        var vulnerable = new List<VulnerablePackage>();
        foreach (var ecosystem in needed.Where(e => meta.Find(e) is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var names = lockfiles.SelectMany(l => l.Packages).Where(p => p.Ecosystem == ecosystem)
                .Select(p => Ecosystems.NormaliseName(ecosystem, p.Name)).ToHashSet(StringComparer.Ordinal);
            var index = store.Load(ecosystem, names);
            foreach (var lockfile in lockfiles)
            {
                foreach (var package in lockfile.Packages.Where(p => p.Ecosystem == ecosystem))
                {
                    var matches = new List<AdvisoryMatch>();
                    var expiredNotes = new List<string>();
                    foreach (var match in AdvisoryMatcher.Match(package, index))
                    {
                        if (active.Any(i => i.Covers(match.Advisory, package.Name)))
                        {
                            ignoredCount++;
                            continue;
                        }

                        foreach (var e in expired.Where(i => i.Covers(match.Advisory, package.Name)))
                        {
                            expiredHits[e] = expiredHits.GetValueOrDefault(e) + 1;
                            expiredNotes.Add($"The ignore of {e.Id} expired on {e.Expires:yyyy-MM-dd} (reason given: {e.Reason}), so it is reported again.");
                        }

                        matches.Add(match);
                    }

                    if (matches.Count > 0) vulnerable.Add(new VulnerablePackage(lockfile.Path, package, matches, expiredNotes));
                }
            }
        }

        foreach (var v in vulnerable)
        {
            findings.Add(VulnerableFinding(v));
        }

        foreach (var e in expired)
        {
            var d = VulnerabilityChecks.IgnoresCurrent;
            var hits = expiredHits.GetValueOrDefault(e);
            findings.Add(d.Conclude(Outcome.Fail, Severity.Low,
                $"The ignore of {e.Id}{(e.Package is null ? string.Empty : $" for {e.Package}")} expired on {e.Expires:yyyy-MM-dd} and no longer applies " +
                (hits > 0 ? $"(it matches {hits} vulnerable package(s), reported again). " : "(nothing currently matches it; remove it). ") +
                $"Reason given: {e.Reason}",
                new Location(context.Config.Source), e.Id, e.Package));
        }

        if (vulnerable.Count == 0 && missing.Count == 0 && stale.Count == 0)
        {
            var d = VulnerabilityChecks.FreeOfKnownVulnerabilities;
            var oldest = needed.Select(e => meta.Find(e)!.ImportedAt).Min();
            findings.Add(d.Conclude(Outcome.Pass, Severity.Info,
                $"No known vulnerabilities in the {Count(packageCount, "package")} pinned in {FilesRead(lockfiles)}, checked against OSV advisories imported on {oldest:yyyy-MM-dd}" +
                (ignoredCount > 0 ? $" ({ignoredCount} accepted by ignores in {context.Config.Source})." : "."),
                Location.None, "clean"));
        }

        metrics["checked"] = true;
        metrics["vulnerablePackages"] = vulnerable.Count;
        metrics["advisories"] = vulnerable.SelectMany(v => v.Matches).Select(m => m.Advisory.Id).Distinct(StringComparer.Ordinal).Count();
        metrics["bySeverity"] = new JsonObject(Enum.GetValues<Severity>().Reverse()
            .Select(s => KeyValuePair.Create(s.ToString().ToLowerInvariant(), (JsonNode?)vulnerable.Count(v => v.Severity == s))));
        metrics["direct"] = vulnerable.Count(v => v.Package.Direct == true);
        metrics["ignored"] = ignoredCount;
        metrics["expiredIgnores"] = expired.Count;
        return Result(findings, metrics, vulnerable);
    }

    private static List<ParsedLockfile> ReadLockfiles(IReadOnlyList<FoundLockfile> found, List<Finding> findings)
    {
        var parsed = new List<ParsedLockfile>();
        var d = VulnerabilityChecks.LockfilesReadable;
        foreach (var file in found)
        {
            var parser = LockfileParsers.For(file.FileName);
            if (parser is null || IsShadowed(file, found))
            {
                continue;
            }

            if (file.Text is null)
            {
                findings.Add(NotRead(file));
                continue;
            }

            var result = parser.Parse(file.Text, file.Path);
            if (!result.Success)
            {
                var first = result.Errors[0];
                findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                    $"{file.Path} could not be parsed as a {parser.Kind}, so its dependencies were not checked for known vulnerabilities: {first}",
                    new Location(file.Path, first.Line), file.Path));
                continue;
            }

            if (result.Warnings.Count > 0)
            {
                var skipped = result.Warnings;
                findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                    $"{skipped.Count} line(s) of {file.Path} could not be read as a {parser.Kind} and were skipped, so what they pin was not checked for known vulnerabilities; the other {result.Value.Count} package(s) were: {skipped[0]}",
                    new Location(file.Path, skipped[0].Line), file.Path, "skipped") with
                {
                    Evidence = [.. skipped.Take(20).Select(w => w.ToString())],
                });
            }

            parsed.Add(new ParsedLockfile(file.Path, parser.Kind, result.Value));
        }

        var msbuild = found.Where(f => MsBuildProjects.Reads(f.FileName)).ToList();
        foreach (var file in msbuild.Where(f => f.Text is null && !IsShadowed(f, found)))
        {
            findings.Add(NotRead(file));
        }

        AddProjectFiles(MsBuildProjects.Read(msbuild, f => IsShadowed(f, found)), MsBuildProjects.Kind, "an MSBuild file",
            "Pin exact versions, or commit packages.lock.json (set RestorePackagesWithLockFile) so the restored versions are checked.", parsed, findings);
        var poms = found.Where(f => MavenPoms.Reads(f.FileName)).ToList();
        foreach (var file in poms.Where(f => f.Text is null))
        {
            findings.Add(NotRead(file));
        }

        AddProjectFiles(MavenPoms.Read(poms), MavenPoms.Kind, "a Maven pom",
            "Maven takes these versions from poms outside the repository when it builds, which plumb does not download; they change when the parent or BOM named is upgraded.", parsed, findings);

        return [.. WithoutGoModDuplicates(parsed).OrderBy(p => p.Path, StringComparer.Ordinal)];
    }

    // A go.sum read beside an old go.mod adds the modules go.mod leaves out, as transitive; go.mod's own stay its.
    private static IEnumerable<ParsedLockfile> WithoutGoModDuplicates(List<ParsedLockfile> parsed)
    {
        foreach (var file in parsed)
        {
            var folder = System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty;
            var mod = file.Kind == "go.sum" ? parsed.FirstOrDefault(p => p.Kind == "go.mod" && (System.IO.Path.GetDirectoryName(p.Path) ?? string.Empty) == folder) : null;
            if (mod is null)
            {
                yield return file;
                continue;
            }

            var listed = mod.Packages.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            yield return file with { Packages = [.. file.Packages.Where(p => !listed.Contains(p.Name)).Select(p => p with { Direct = false })] };
        }
    }

    /// <summary>The packages project files pin become lockfile-like entries; what they leave to build time becomes one
    /// Inconclusive finding per file that says which references and why.</summary>
    private static void AddProjectFiles(ProjectFileReading reading, string kind, string readAs, string advice, List<ParsedLockfile> parsed, List<Finding> findings)
    {
        var d = VulnerabilityChecks.LockfilesReadable;
        foreach (var error in reading.Errors)
        {
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                $"{error.Source} could not be read as {readAs}, so the package versions it pins were not checked for known vulnerabilities: {error.Message}",
                new Location(error.Source, error.Line), error.Source));
        }

        parsed.AddRange(reading.Sources.Select(s => new ParsedLockfile(s.Path, kind, s.Packages)));
        foreach (var group in reading.Unresolved.GroupBy(u => u.Source, StringComparer.Ordinal))
        {
            // References that share a reason (eighteen versions from one parent pom) are listed under it once.
            var reasons = group.GroupBy(u => u.Reason, StringComparer.Ordinal)
                .Select(r => $"{Names([.. r.Select(u => u.Name)])}: {r.Key}")
                .ToList();
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Low,
                $"{group.Count()} package reference(s) in {group.Key} name no single version, so they were not checked for known vulnerabilities: " +
                $"{string.Join("; ", reasons.Take(5))}{(reasons.Count > 5 ? $"; and {reasons.Count - 5} more" : string.Empty)}. {advice}",
                new Location(group.Key), group.Key, "unresolved") with
            {
                Evidence = [.. group.Select(u => $"{u.Name}: {u.Reason}")],
            });
        }
    }

    /// <summary>"1 lockfile", "2 lockfiles and 3 project files": a .csproj or pom.xml is not called a lockfile.</summary>
    private static string FilesRead(IReadOnlyList<ParsedLockfile> files)
    {
        var projects = files.Count(f => f.Kind is MsBuildProjects.Kind or MavenPoms.Kind);
        var lockfiles = files.Count - projects;
        return (lockfiles, projects) switch
        {
            (_, 0) => Count(lockfiles, "lockfile"),
            (0, _) => Count(projects, "project file"),
            _ => $"{Count(lockfiles, "lockfile")} and {Count(projects, "project file")}",
        };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";

    private static Finding NotRead(FoundLockfile file)
    {
        var d = VulnerabilityChecks.LockfilesReadable;
        return d.Conclude(Outcome.Inconclusive, Severity.Low,
            $"{file.Path} was not read ({file.Problem}), so its dependencies were not checked for known vulnerabilities.",
            new Location(file.Path), file.Path);
    }

    private static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~').TrimStart('/'))
            : path;

    /// <summary>Where two files describe the same project, only the one closer to what is installed is read, so a package
    /// is reported once: go.sum only where no go.mod sits beside it (go.mod lists the versions actually selected);
    /// package-lock.json only where no npm-shrinkwrap.json does (npm installs from the shrinkwrap when both exist); a .NET
    /// project's own file only where neither a packages.lock.json nor restore output (obj/project.assets.json) sits
    /// beside it; restore output only where no committed packages.lock.json does.</summary>
    private static bool IsShadowed(FoundLockfile file, IReadOnlyList<FoundLockfile> found)
    {
        bool Beside(string folder, string name) => found.Any(f => f.Folder == folder && f.FileName.Equals(name, StringComparison.OrdinalIgnoreCase));
        string Obj(string folder) => folder.Length == 0 ? "obj" : folder + "/obj";
        if (file.FileName == "go.sum")
        {
            // Since Go 1.17 go.mod lists every module of the build; before, go.sum holds the ones go.mod leaves out.
            var mod = found.FirstOrDefault(f => f.Folder == file.Folder && f.FileName == "go.mod");
            return mod is not null && !(mod.Text is { } text && GoModParser.ListsOnlyDirectModules(text));
        }

        if (file.FileName == "package-lock.json") return Beside(file.Folder, "npm-shrinkwrap.json");
        if (MsBuildProjects.IsProject(file.FileName)) return Beside(file.Folder, "packages.lock.json") || Beside(Obj(file.Folder), "project.assets.json");
        if (file.FileName.Equals("project.assets.json", StringComparison.OrdinalIgnoreCase) && file.Folder.Split('/')[^1] == "obj")
        {
            var project = file.Folder.Length == 3 ? string.Empty : file.Folder[..^4];
            return Beside(project, "packages.lock.json");
        }

        return false;
    }

    private static Finding VulnerableFinding(VulnerablePackage v)
    {
        var p = v.Package;
        var scheme = VersionSchemes.For(p.Ecosystem);
        var fixes = v.Matches.Where(m => m.FixedVersion is not null).Select(m => m.FixedVersion!).ToList();
        var unfixed = v.Matches.Where(m => m.FixedVersion is null).ToList();
        var target = fixes.Count == 0 ? null : fixes.Aggregate((a, b) => scheme.Compare(a, b) >= 0 ? a : b);
        var jump = VersionJumps.Of(p.Version, target);
        var recommendation = VulnerabilityRecommendations.For(v.Severity, jump);
        var ids = v.Matches.Select(m => m.Advisory.Aliases.Count == 0 ? m.Advisory.Id : $"{m.Advisory.Id} ({string.Join(", ", m.Advisory.Aliases.Take(2))})").ToList();
        var idText = ids.Count <= 3 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(3))} and {ids.Count - 3} more";
        var worst = v.Matches.MaxBy(m => m.Advisory.Severity.Level)!.Advisory.Severity;
        var worstText = worst.Score is { } score ? $"{worst.Level.ToString().ToLowerInvariant()}, {worst.Source} {Osv.CvssV3.Format(score)}" : $"{worst.Level.ToString().ToLowerInvariant()} ({worst.Source})";
        var kind = p.Direct switch { true => "direct dependency", false => "transitive dependency", null => "dependency" };
        var action = target is null
            ? "No fixed version is published yet: check whether the vulnerable code is used, and replace or guard it."
            : $"Upgrade to {target} or later ({jump.Word()} upgrade{(p.Direct == false ? ", through the package that pulls it in or an override" : string.Empty)})." +
              (unfixed.Count > 0 ? $" {unfixed.Count} of the advisories have no fix yet." : string.Empty);
        var detail = $"{p.Name} {p.Version} ({p.Ecosystem} {kind}) has {v.Matches.Count} known vulnerabilit{(v.Matches.Count == 1 ? "y" : "ies")}: {idText}. Worst: {worstText}. {action}";
        var evidence = v.Matches.Select(m =>
        {
            var a = m.Advisory;
            var sev = a.Severity.Score is { } s ? $"{a.Severity.Level.ToString().ToLowerInvariant()}, CVSS {Osv.CvssV3.Format(s)} ({a.Severity.Vector})" : $"{a.Severity.Level.ToString().ToLowerInvariant()} ({a.Severity.Source})";
            var aliases = a.Aliases.Count > 0 ? $" [{string.Join(", ", a.Aliases)}]" : string.Empty;
            return $"{a.Id}{aliases}: {sev}; {(m.FixedVersion is null ? "no fix published" : $"fixed in {m.FixedVersion}")}{(a.Summary is null ? string.Empty : $" — {a.Summary}")}";
        }).Concat(v.ExpiredIgnoreNotes).ToList();
        var d = VulnerabilityChecks.FreeOfKnownVulnerabilities;
        var advisories = string.Join(",", v.Matches.Select(m => m.Advisory.Id).Order(StringComparer.Ordinal));
        return d.Conclude(Outcome.Fail, v.Severity, detail, new Location(v.LockfilePath), v.LockfilePath, p.Ecosystem, Ecosystems.NormaliseName(p.Ecosystem, p.Name), advisories) with
        {
            RecommendationId = recommendation,
            Evidence = evidence,
        };
    }

    private static StageResult Result(List<Finding> findings, JsonObject metrics, List<VulnerablePackage> vulnerable)
    {
        var rows = vulnerable
            .OrderByDescending(v => v.Severity)
            .ThenBy(v => v.Package.Name, StringComparer.Ordinal)
            .Select(v =>
            {
                var scheme = VersionSchemes.For(v.Package.Ecosystem);
                var fixes = v.Matches.Where(m => m.FixedVersion is not null).Select(m => m.FixedVersion!).ToList();
                var target = fixes.Count == 0 ? "none yet" : fixes.Aggregate((a, b) => scheme.Compare(a, b) >= 0 ? a : b);
                return (IReadOnlyList<string>)
                [
                    v.Package.Name,
                    v.Package.Version,
                    v.Package.Ecosystem,
                    v.Severity.ToString(),
                    string.Join(", ", v.Matches.Select(m => m.Advisory.Id)),
                    target,
                    v.Package.Direct switch { true => "direct", false => "transitive", null => "unknown" },
                    v.LockfilePath,
                ];
            })
            .ToList();
        var tables = rows.Count == 0
            ? Array.Empty<MetricTable>()
            : [new MetricTable("vulnerable-dependencies", "Dependencies with known vulnerabilities", ["Package", "Version", "Ecosystem", "Severity", "Advisories", "Fixed in", "Dependency", "Lockfile"], rows)
            {
                Note = "Matched against the local OSV database; 'Fixed in' is the lowest version that fixes every listed advisory.",
            }];
        return new StageResult(findings)
        {
            Metrics = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [StageName] = metrics },
            Tables = tables,
        };
    }

    private sealed record ParsedLockfile(string Path, string Kind, IReadOnlyList<ResolvedPackage> Packages);

    private sealed record VulnerablePackage(string LockfilePath, ResolvedPackage Package, IReadOnlyList<AdvisoryMatch> Matches, IReadOnlyList<string> ExpiredIgnoreNotes)
    {
        public Severity Severity => Matches.Max(m => m.Advisory.Severity.Level);
    }
}
