namespace Plumbline.Checks.History;

/// <summary>Folds commits, newest first, into per-file and per-identity counts while they stream from git.</summary>
/// <remarks>Walking newest to oldest means every path can be mapped to its name at the audited commit as it
/// is seen: a rename old→new makes older commits on <c>old</c> count for the file's current name, and an
/// addition or deletion ends the line of a path so an older, unrelated file of the same name is not merged in.</remarks>
internal sealed class HistoryAccumulator
{
    private readonly Dictionary<string, FileState> _files;
    private readonly Dictionary<string, string?> _renamed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _atHead;
    private readonly Dictionary<(string, string), int> _identityIds = [];
    private readonly List<IdentityState> _identities = [];
    private readonly Dictionary<int, (int Commits, HashSet<int> Who)> _months = [];
    private readonly Dictionary<(int, int), int> _pairs = [];
    private readonly long _recentFrom;
    private readonly int _maxFilesForCoupling;
    private readonly List<FileState> _touched = [];
    private readonly bool _withContents;

    /// <summary>Starts with the paths at the audited commit: all of them, and the source files to measure.
    /// <c>withContents</c> is false when git was asked for names only (no numstat): then nothing is called binary.</summary>
    public HistoryAccumulator(IEnumerable<string> pathsAtHead, IEnumerable<string> sourceFiles, long recentFrom, int maxFilesForCoupling, bool withContents = true)
    {
        _withContents = withContents;
        _atHead = new HashSet<string>(pathsAtHead, StringComparer.Ordinal);
        _files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        var index = 0;
        foreach (var path in sourceFiles)
        {
            _files[path] = new FileState(path, index++);
        }

        _recentFrom = recentFrom;
        _maxFilesForCoupling = maxFilesForCoupling;
    }

    /// <summary>Commits folded in.</summary>
    public int Commits { get; private set; }

    /// <summary>The latest author time of all commits read (git lists by committer date, so the first is not always it).</summary>
    public long? NewestTime { get; private set; }

    /// <summary>Folds one commit in; commits must arrive newest first (git log's order).</summary>
    public void Add(CommitRecord commit)
    {
        Commits++;
        NewestTime = Math.Max(NewestTime ?? long.MinValue, commit.AuthorTime);
        var who = Identity(commit);
        var identity = _identities[who];
        identity.Commits++;
        identity.First = Math.Min(identity.First, commit.AuthorTime);
        identity.Last = Math.Max(identity.Last, commit.AuthorTime);

        var when = DateTimeOffset.FromUnixTimeSeconds(commit.AuthorTime);
        var monthKey = (when.Year * 12) + when.Month - 1;
        if (!_months.TryGetValue(monthKey, out var month))
        {
            month = (0, []);
        }

        month.Who.Add(who);
        _months[monthKey] = (month.Commits + 1, month.Who);

        _touched.Clear();
        foreach (var change in commit.Changes)
        {
            identity.Added += change.Added ?? 0;
            identity.Deleted += change.Deleted ?? 0;
            var current = Resolve(change.Path);
            switch (change.Status)
            {
                case 'R':
                    // Older commits name this file by its old path; the new path did not exist before.
                    _renamed[change.OldPath!] = current;
                    _renamed[change.Path] = null;
                    break;
                case 'A':
                case 'D':
                    // Anything older at this path is a different file.
                    _renamed[change.Path] = null;
                    break;
            }

            if (change.Status == 'D' || current is null || !_files.TryGetValue(current, out var file) || file.LastSeenCommit == Commits)
            {
                continue;
            }

            if (file.LastSeenCommit == 0)
            {
                // The newest change says what the file is now: numstat gives no line counts for binary content.
                file.Binary = _withContents && change.Added is null;
            }

            file.LastSeenCommit = Commits;
            file.Changes.TryGetValue(who, out var n);
            file.Changes[who] = n + 1;
            file.LastChange = Math.Max(file.LastChange, commit.AuthorTime);
            if (commit.AuthorTime >= _recentFrom)
            {
                file.Recent++;
            }

            if (change.Status == 'A')
            {
                file.Creator = who;
            }


            _touched.Add(file);
        }

        CountPairs();
    }

    /// <summary>The source files that have history, with their counts.</summary>
    public IEnumerable<(string Path, int Creator, Dictionary<int, int> Changes, int Recent, long LastChange, bool Binary)> Files() =>
        _files.Values.Where(f => f.Changes.Count > 0).Select(f => (f.Path, f.Creator, f.Changes, f.Recent, f.LastChange, f.Binary));

    /// <summary>The identities seen, by id.</summary>
    public IReadOnlyList<RawIdentity> Identities() =>
        [.. _identities.Select(i => new RawIdentity(i.Name, i.Email, i.Commits, i.First, i.Last, i.Added, i.Deleted))];

    /// <summary>Activity per month, oldest first.</summary>
    public IReadOnlyList<MonthActivity> Months() =>
        [.. _months.OrderBy(m => m.Key).Select(m => new MonthActivity(m.Key / 12, (m.Key % 12) + 1, m.Value.Commits, m.Value.Who))];

    /// <summary>Pairs that changed together at least <paramref name="minShared"/> times, most shared first.</summary>
    public IReadOnlyList<CoupledPair> Couplings(int minShared)
    {
        var byIndex = _files.Values.ToDictionary(f => f.Index);
        return
        [
            .. _pairs.Where(p => p.Value >= minShared)
                .Select(p => (A: byIndex[p.Key.Item1], B: byIndex[p.Key.Item2], Shared: p.Value))
                .Select(p => string.CompareOrdinal(p.A.Path, p.B.Path) <= 0
                    ? new CoupledPair(p.A.Path, p.B.Path, p.Shared, p.A.Revisions, p.B.Revisions)
                    : new CoupledPair(p.B.Path, p.A.Path, p.Shared, p.B.Revisions, p.A.Revisions))
                .OrderByDescending(p => p.Shared).ThenByDescending(p => p.Degree).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal),
        ];
    }

    private void CountPairs()
    {
        if (_touched.Count > _maxFilesForCoupling)
        {
            return;
        }

        foreach (var f in _touched)
        {
            f.Revisions++;
        }

        for (var i = 0; i < _touched.Count; i++)
        {
            for (var j = i + 1; j < _touched.Count; j++)
            {
                var (a, b) = (_touched[i].Index, _touched[j].Index);
                var key = a < b ? (a, b) : (b, a);
                _pairs.TryGetValue(key, out var n);
                _pairs[key] = n + 1;
            }
        }
    }

    private string? Resolve(string path) =>
        _renamed.TryGetValue(path, out var current) ? current : _atHead.Contains(path) ? path : null;

    private int Identity(CommitRecord commit)
    {
        var key = (commit.AuthorName, commit.AuthorEmail);
        if (!_identityIds.TryGetValue(key, out var id))
        {
            id = _identities.Count;
            _identityIds[key] = id;
            _identities.Add(new IdentityState(commit.AuthorName, commit.AuthorEmail));
        }

        return id;
    }

    private sealed class FileState(string path, int index)
    {
        public string Path { get; } = path;

        public int Index { get; } = index;

        public Dictionary<int, int> Changes { get; } = [];

        public int Creator { get; set; } = -1;

        public int Recent { get; set; }

        public int Revisions { get; set; }

        public long LastChange { get; set; } = long.MinValue;

        public bool Binary { get; set; }

        public int LastSeenCommit { get; set; }
    }

    private sealed class IdentityState(string name, string email)
    {
        public string Name { get; } = name;

        public string Email { get; } = email;

        public int Commits { get; set; }

        public long First { get; set; } = long.MaxValue;

        public long Last { get; set; } = long.MinValue;

        public long Added { get; set; }

        public long Deleted { get; set; }
    }
}
