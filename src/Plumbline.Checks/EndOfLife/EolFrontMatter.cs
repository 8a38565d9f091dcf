using System.Globalization;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Reads one product page of the endoflife.date repository (products/&lt;id&gt;.md): its YAML front matter's
/// <c>title</c> and <c>releases</c> list. Only that regular part of the YAML is read — a block sequence of flat maps —
/// so a tolerant line reader does, and nothing else in the page is looked at.</summary>
public static class EolFrontMatter
{
    /// <summary>The product and the newest release date it mentions, or an error naming <paramref name="source"/>.</summary>
    public static (EolProduct? Product, DateOnly? Newest, string? Error) Read(string id, string text, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") return (null, null, $"{source}: no YAML front matter (the page does not start with ---)");
        var title = id;
        var releases = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var inReleases = false;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---") break;
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var indent = line.Length - line.TrimStart().Length;
            if (indent == 0)
            {
                inReleases = line.StartsWith("releases:", StringComparison.Ordinal);
                if (line.StartsWith("title:", StringComparison.Ordinal)) title = Scalar(line["title:".Length..]);
                continue;
            }

            if (!inReleases) continue;
            var body = line.TrimStart();
            if (body.StartsWith("- ", StringComparison.Ordinal) && indent <= 2)
            {
                current = [];
                releases.Add(current);
                body = body[2..];
                indent += 2;
            }

            // Keys of a release sit at one indent; anything deeper (a nested list or map) is not needed.
            if (current is null || indent > 4) continue;
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            current[body[..colon].Trim()] = Scalar(body[(colon + 1)..]);
        }

        var cycles = new List<EolCycle>();
        DateOnly? newest = null;
        foreach (var r in releases)
        {
            if (!r.TryGetValue("releaseCycle", out var cycle) || cycle.Length == 0) continue;
            var eol = EolMark.Parse(r.GetValueOrDefault("eol"));
            foreach (var key in (string[])["releaseDate", "latestReleaseDate"])
            {
                if (DateOnly.TryParseExact(r.GetValueOrDefault(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && (newest is null || day > newest)) newest = day;
            }

            if (eol is null) return (null, null, $"{source}: release cycle {cycle} has an eol that is neither a date nor true/false ('{r.GetValueOrDefault("eol")}')");
            cycles.Add(new EolCycle(
                cycle,
                DateOnly.TryParseExact(r.GetValueOrDefault("releaseDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var released) ? released : null,
                eol.Value,
                EolMark.Parse(r.GetValueOrDefault("eoas")),
                r.GetValueOrDefault("lts") is { } lts && lts != "false",
                r.GetValueOrDefault("latest") is { Length: > 0 } latest ? latest : null));
        }

        return cycles.Count == 0 ? (null, null, $"{source}: no release cycles in the front matter") : (new EolProduct(id, title, cycles) { Policy = $"https://endoflife.date/{id}" }, newest, null);
    }

    private static string Scalar(string raw)
    {
        var value = raw.Trim();
        if (value.Length > 0 && (value[0] is '"' or '\''))
        {
            var end = value.IndexOf(value[0], 1);
            return end > 0 ? value[1..end] : value[1..];
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }
}
