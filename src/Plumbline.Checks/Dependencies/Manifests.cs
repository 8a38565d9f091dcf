using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Dependencies;

/// <summary>Finds and reads every dependency manifest in a snapshot, and pairs each with its lockfile.</summary>
public static class Manifests
{
    private static readonly string[] NpmLocks = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"];

    /// <summary>
    /// Every manifest, in path order; a malformed one carries its <see cref="Manifest.Error"/>. Checks read them once,
    /// through <see cref="RepoSnapshot.Manifests"/>.
    /// </summary>
    internal static IReadOnlyList<Manifest> Read(RepoSnapshot snapshot)
    {
        var central = CentralVersions(snapshot);
        var result = new List<Manifest>();
        foreach (var file in snapshot.Files)
        {
            if (FileClassifier.IsVendored(file.Path) || Identify(file.Name) is not { } ecosystem)
            {
                continue;
            }

            if (!file.HasText)
            {
                result.Add(new Manifest(file.Path, ecosystem, []) { Error = $"the file could not be read ({file.Kind})" });
                continue;
            }

            result.Add(ReadOne(snapshot, file, ecosystem, central));
        }

        return result;
    }

    /// <summary>The ecosystem of a manifest file name, or null.</summary>
    public static string? Identify(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower switch
        {
            "package.json" => Ecosystem.Npm,
            "packages.config" => Ecosystem.NuGet,
            "pyproject.toml" or "pipfile" => Ecosystem.PyPI,
            "go.mod" => Ecosystem.Go,
            "cargo.toml" => Ecosystem.Cargo,
            "pom.xml" => Ecosystem.Maven,
            "build.gradle" or "build.gradle.kts" => Ecosystem.Gradle,
            "gemfile" => Ecosystem.RubyGems,
            "composer.json" => Ecosystem.Composer,
            "pubspec.yaml" => Ecosystem.Pub,
            _ when lower.EndsWith(".csproj", StringComparison.Ordinal) || lower.EndsWith(".fsproj", StringComparison.Ordinal) || lower.EndsWith(".vbproj", StringComparison.Ordinal) => Ecosystem.NuGet,
            _ when lower.StartsWith("requirements", StringComparison.Ordinal) && lower.EndsWith(".txt", StringComparison.Ordinal) => Ecosystem.PyPI,
            _ => null,
        };
    }

    private static Manifest ReadOne(RepoSnapshot snapshot, RepoFile file, string ecosystem, Dictionary<string, string> central)
    {
        var text = file.Text!;
        var name = file.Name.ToLowerInvariant();
        try
        {
            List<Dependency> deps;
            string? lockfile;
            bool expected;
            switch (ecosystem)
            {
                case Ecosystem.Npm:
                    deps = JsonManifests.Npm(text);
                    lockfile = FindUp(snapshot, file.Folder, NpmLocks);
                    expected = true;
                    break;
                case Ecosystem.Composer:
                    deps = JsonManifests.Composer(text);
                    lockfile = FindUp(snapshot, file.Folder, "composer.lock");
                    expected = true;
                    break;
                case Ecosystem.NuGet:
                    deps = name == "packages.config" ? XmlManifests.PackagesConfig(text) : XmlManifests.MsBuild(text, central);
                    lockfile = FindHere(snapshot, file.Folder, "packages.lock.json");
                    expected = false;
                    break;
                case Ecosystem.Maven:
                    deps = XmlManifests.Pom(text);
                    lockfile = null;
                    expected = false;
                    break;
                case Ecosystem.Gradle:
                    deps = TextManifests.Gradle(text);
                    lockfile = FindUp(snapshot, file.Folder, "gradle.lockfile");
                    expected = false;
                    break;
                case Ecosystem.Go:
                    deps = TextManifests.GoMod(text);
                    lockfile = FindHere(snapshot, file.Folder, "go.sum");
                    expected = true;
                    break;
                case Ecosystem.Cargo:
                    deps = TomlManifests.Cargo(text);
                    lockfile = FindUp(snapshot, file.Folder, "Cargo.lock");
                    expected = true;
                    break;
                case Ecosystem.RubyGems:
                    deps = TextManifests.Gemfile(text);
                    lockfile = FindHere(snapshot, file.Folder, "Gemfile.lock", "gems.locked");
                    expected = true;
                    break;
                case Ecosystem.Pub:
                    deps = PubManifest.Read(text, file.Path);
                    lockfile = FindHere(snapshot, file.Folder, "pubspec.lock");
                    expected = true;
                    break;
                case Ecosystem.PyPI when name == "pipfile":
                    deps = TomlManifests.Pipfile(text);
                    lockfile = FindHere(snapshot, file.Folder, "Pipfile.lock");
                    expected = true;
                    break;
                case Ecosystem.PyPI when name == "pyproject.toml":
                    var (pyDeps, poetry) = TomlManifests.PyProject(text);
                    deps = pyDeps;
                    lockfile = FindHere(snapshot, file.Folder, "poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock", "requirements.lock", "requirements.txt");
                    // A library's pyproject needs no lockfile; an application managed by Poetry does.
                    expected = poetry;
                    break;
                default:
                    deps = TextManifests.Requirements(text);
                    // A requirements file that pins every line with == is itself the lock.
                    lockfile = TextManifests.AllPinned(deps) ? file.Path : null;
                    expected = false;
                    break;
            }

            var unpinned = deps.Where(d => ecosystem == Ecosystem.PyPI && name.StartsWith("requirements", StringComparison.Ordinal)
                    ? !(d.Version?.StartsWith("==", StringComparison.Ordinal) ?? false) && !(d.Version?.Contains('<', StringComparison.Ordinal) ?? false) && !(d.Version?.StartsWith("~=", StringComparison.Ordinal) ?? false)
                    : Versions.IsUnpinned(ecosystem, d.Version))
                .Where(d => !(ecosystem == Ecosystem.Maven && d.Version is null))
                .ToList();
            return new Manifest(file.Path, ecosystem, deps) { Lockfile = lockfile, LockfileExpected = expected, Unpinned = unpinned };
        }
        catch (ManifestParseException ex)
        {
            return new Manifest(file.Path, ecosystem, []) { Error = ex.Message };
        }
    }

    private static Dictionary<string, string> CentralVersions(RepoSnapshot snapshot)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var props in snapshot.Named("Directory.Packages.props").Where(f => f.HasText))
        {
            try
            {
                foreach (var (k, v) in XmlManifests.CentralVersions(props.Text!))
                {
                    map[k] = v;
                }
            }
            catch (ManifestParseException)
            {
                // Reported when the projects that use it are read.
            }
        }

        return map;
    }

    private static string? FindHere(RepoSnapshot snapshot, string folder, params string[] names) =>
        names.Select(n => folder.Length == 0 ? n : $"{folder}/{n}").FirstOrDefault(snapshot.Exists);

    private static string? FindUp(RepoSnapshot snapshot, string folder, params string[] names)
    {
        var current = folder;
        while (true)
        {
            if (FindHere(snapshot, current, names) is { } found)
            {
                return found;
            }

            if (current.Length == 0)
            {
                return null;
            }

            var slash = current.LastIndexOf('/');
            current = slash < 0 ? string.Empty : current[..slash];
        }
    }
}
