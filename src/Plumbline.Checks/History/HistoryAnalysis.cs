namespace Plumbline.Checks.History;

/// <summary>Who knows what, where change concentrates, and how active the repository is: computed from a
/// <see cref="HistorySnapshot"/> at a moment ("now"); the history checks read only this.</summary>
internal sealed record HistoryAnalysis
{
    /// <summary>The folder name used for files at the top of the repository.</summary>
    public const string RootFolder = "(root)";

    public required HistorySnapshot Snapshot { get; init; }

    public required HistorySettings Settings { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>For each identity id of the snapshot, the person it belongs to.</summary>
    public required IReadOnlyList<int> PersonOf { get; init; }

    /// <summary>People with no commit since <see cref="InactiveSince"/>.</summary>
    public required IReadOnlySet<int> Inactive { get; init; }

    public required DateTimeOffset InactiveSince { get; init; }

    public required IReadOnlyList<FileKnowledge> Files { get; init; }

    public required int TruckFactor { get; init; }

    /// <summary>The people whose departure the truck factor counts, in order.</summary>
    public required IReadOnlyList<int> TruckFactorPeople { get; init; }

    public required IReadOnlyList<FolderKnowledge> Folders { get; init; }

    public required IReadOnlyList<Hotspot> Hotspots { get; init; }

    /// <summary>True when hotspots are scored by complexity (some changed file is in a measured language); false when
    /// by lines, the fallback for repositories in languages whose functions are not measured.</summary>
    public bool HotspotsByComplexity { get; init; }

    /// <summary>Builds the analysis.</summary>
    public static HistoryAnalysis Build(HistorySnapshot snapshot, HistorySettings settings, DateTimeOffset now)
    {
        var (people, personOf) = IdentityResolver.Resolve(snapshot.Identities, settings.Aliases);
        var inactiveSince = now.AddMonths(-settings.InactiveMonths);
        var inactive = people.Where(p => p.LastCommit < inactiveSince).Select(p => p.Id).ToHashSet();

        var files = new List<FileKnowledge>(snapshot.Files.Count);
        foreach (var file in snapshot.Files)
        {
            var byPerson = new Dictionary<int, int>();
            foreach (var (identity, n) in file.ChangesByIdentity)
            {
                byPerson[personOf[identity]] = byPerson.GetValueOrDefault(personOf[identity]) + n;
            }

            var creator = file.Creator >= 0 ? personOf[file.Creator] : -1;
            var authors = DegreeOfAuthorship.Authors(DegreeOfAuthorship.Deliveries(byPerson, creator), creator).Select(a => a.Person).ToList();
            var total = byPerson.Values.Sum();
            var main = authors.Count > 0 ? authors[0] : byPerson.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            files.Add(new FileKnowledge(
                file.Path,
                FolderOf(file.Path),
                authors,
                main,
                (double)byPerson.GetValueOrDefault(main) / total,
                total,
                file.RecentChanges,
                file.Lines,
                DateTimeOffset.FromUnixTimeSeconds(file.LastChange),
                authors.Count > 0 && authors.All(inactive.Contains))
            {
                Complexity = file.Complexity,
            });
        }

        string NameOf(int id) => people[id].Name;
        var (tf, tfPeople) = History.TruckFactor.Compute(files.Select(f => f.Authors), NameOf);

        var folders = files.GroupBy(f => f.Folder, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.ToList();
                var (folderTf, folderPeople) = History.TruckFactor.Compute(list.Select(f => f.Authors), NameOf);
                var authored = list.Where(f => f.Authors.Count > 0).ToList();
                var top = authored.SelectMany(f => f.Authors).GroupBy(p => p)
                    .OrderByDescending(p => p.Count()).ThenBy(p => NameOf(p.Key), StringComparer.Ordinal)
                    .Select(p => (Person: p.Key, Files: p.Count())).FirstOrDefault((Person: -1, Files: 0));
                return new FolderKnowledge(
                    g.Key,
                    list.Count,
                    authored.Count,
                    top.Person,
                    authored.Count == 0 ? 0 : (double)top.Files / authored.Count,
                    folderTf,
                    folderPeople,
                    list.Count(f => f.Authors.Count == 1),
                    list.Count(f => f.Departed),
                    authored.SelectMany(f => f.Authors).Distinct().Count());
            })
            .OrderBy(f => f.Name == RootFolder ? 1 : 0).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        // Change weighed by complexity where functions were measured; by size only when no file's language is.
        var changed = files.Where(f => f.RecentChanges > 0 && f.Lines is > 0).ToList();
        var byComplexity = changed.Any(f => f.Complexity is { Total: > 0 });
        var hotspots = changed.Where(f => !byComplexity || f.Complexity is { Total: > 0 })
            .Select(f => new Hotspot(f.Path, f.RecentChanges, f.Lines!.Value, (long)f.RecentChanges * (byComplexity ? f.Complexity!.Value.Total : f.Lines!.Value), f.Authors, [.. f.Authors.Where(p => !inactive.Contains(p))], f.MainAuthor)
            {
                Complexity = f.Complexity,
            })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Path, StringComparer.Ordinal)
            .Take(settings.HotspotCount)
            .ToList();

        return new HistoryAnalysis
        {
            Snapshot = snapshot,
            Settings = settings,
            Now = now,
            People = people,
            PersonOf = personOf,
            Inactive = inactive,
            InactiveSince = inactiveSince,
            Files = files,
            TruckFactor = tf,
            TruckFactorPeople = tfPeople,
            Folders = folders,
            Hotspots = hotspots,
            HotspotsByComplexity = byComplexity,
        };
    }

    // Containers such as src/ or packages/ hold the real components one level down.
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "lib", "libs", "source", "sources", "app", "apps", "packages", "pkg", "internal", "modules", "components", "services", "projects",
    };

    /// <summary>The component a path belongs to: its top-level folder, or the folder below a container such as
    /// <c>src/</c> or <c>packages/</c>; <see cref="RootFolder"/> for files at the top.</summary>
    public static string FolderOf(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return RootFolder;
        }

        var second = path.IndexOf('/', slash + 1);
        return second > 0 && Containers.Contains(path[..slash]) ? path[..second] : path[..slash];
    }

    /// <summary>A person's name.</summary>
    public string Name(int person) => person >= 0 ? People[person].Name : "nobody";

    /// <summary>Names joined for a sentence.</summary>
    public string Names(IEnumerable<int> people) => string.Join(", ", people.Select(Name));
}
