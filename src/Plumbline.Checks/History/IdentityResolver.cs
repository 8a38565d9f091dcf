namespace Plumbline.Checks.History;

/// <summary>Merges author identities into people: git has already applied .mailmap; identities that share an
/// email or a name are one person, and so are those the configuration lists as aliases.</summary>
internal static class IdentityResolver
{
    /// <summary>The people, and for each identity id the person id it belongs to.</summary>
    public static (IReadOnlyList<Person> People, int[] PersonOf) Resolve(IReadOnlyList<RawIdentity> identities, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var parent = Enumerable.Range(0, identities.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        void Link(string key, int id)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (firstByKey.TryGetValue(key, out var other))
            {
                Union(other, id);
            }
            else
            {
                firstByKey[key] = id;
            }
        }

        // Configured aliases: every listed name or email joins the person named by the key.
        var aliasOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, names) in aliases)
        {
            aliasOf[Key(person)] = person;
            foreach (var n in names)
            {
                aliasOf[Key(n)] = person;
            }
        }

        for (var i = 0; i < identities.Count; i++)
        {
            var (name, email) = (Key(identities[i].Name), Key(identities[i].Email));
            Link("e:" + email, i);
            Link("n:" + name, i);
            if (aliasOf.TryGetValue(email, out var a) || aliasOf.TryGetValue(name, out a))
            {
                Link("a:" + a, i);
            }
        }

        var groups = Enumerable.Range(0, identities.Count).GroupBy(Find).OrderBy(g => g.Key).ToList();
        var people = new List<Person>(groups.Count);
        var personOf = new int[identities.Count];
        foreach (var group in groups)
        {
            var members = group.Select(i => identities[i]).ToList();
            var alias = group.Select(i => aliasOf.GetValueOrDefault(Key(identities[i].Email)) ?? aliasOf.GetValueOrDefault(Key(identities[i].Name))).FirstOrDefault(a => a is not null);

            // The name shown: the configured one, else the name used on most commits.
            var name = alias ?? members.GroupBy(m => m.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(m => m.Commits)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var id = people.Count;
            foreach (var i in group)
            {
                personOf[i] = id;
            }

            people.Add(new Person(
                id,
                name.Length > 0 ? name : "(unnamed)",
                [.. members.Select(m => m.Email).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
                members.Sum(m => m.Commits),
                DateTimeOffset.FromUnixTimeSeconds(members.Min(m => m.FirstTime)),
                DateTimeOffset.FromUnixTimeSeconds(members.Max(m => m.LastTime)),
                members.Sum(m => m.Added),
                members.Sum(m => m.Deleted)));
        }

        return (people, personOf);
    }

    // Case and spacing never distinguish people.
    private static string Key(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
}
