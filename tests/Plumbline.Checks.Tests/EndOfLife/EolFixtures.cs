using System.IO.Compression;
using System.Text;

namespace Plumbline.Checks.Tests.EndOfLife;

/// <summary>Product pages in the endoflife.date format (YAML front matter), written here for the tests: a few cycles of
/// each product with their published dates, so the checks can be tested without the real data set.</summary>
internal static class EolFixtures
{
    public static readonly DateTimeOffset Today = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyDictionary<string, string> Pages { get; } = new Dictionary<string, string>
    {
        ["php"] = Page("PHP",
            ("8.4", "2024-11-21", "2028-12-31", null),
            ("8.3", "2023-11-23", "2027-12-31", null),
            ("8.2", "2022-12-08", "2026-12-31", null),
            ("7.4", "2019-11-28", "2022-11-28", null),
            ("7.2", "2017-11-30", "2020-11-30", null)),
        ["nodejs"] = Page("Node.js",
            ("24", "2025-05-06", "2028-04-30", "2025-10-28"),
            ("22", "2024-04-24", "2027-04-30", "2024-10-29"),
            ("20", "2023-04-18", "2026-04-30", "2023-10-24"),
            ("12", "2019-04-23", "2022-04-30", "2019-10-21")),
        ["mysql"] = Page("MySQL",
            ("8.4", "2024-04-30", "2032-04-30", "true"),
            ("8.0", "2018-04-19", "2026-04-30", "true"),
            ("5.7", "2015-10-21", "2023-10-31", null)),
        ["postgresql"] = Page("PostgreSQL",
            ("18", "2025-09-25", "2030-11-14", null),
            ("17", "2024-09-26", "2029-11-08", null),
            ("16", "2023-09-14", "2028-11-09", null),
            ("15", "2022-10-13", "2027-11-11", null)),
        ["dotnetfx"] = Page(".NET Framework",
            ("4.8", "2019-04-18", "false", null),
            ("4.6.2", "2016-08-02", "2027-01-12", null),
            ("4.5.2", "2014-05-05", "2022-04-26", null),
            ("4.5", "2012-08-15", "2016-01-12", null)),
        ["angularjs"] = Page("AngularJS",
            ("1.8", "2020-06-04", "2021-12-31", "true"),
            ("1.5", "2016-02-05", "2018-07-01", null)),
    };

    /// <summary>A product page: title, then cycles as (cycle, released, eol, lts); lts null leaves the key out.</summary>
    private static string Page(string title, params (string Cycle, string Released, string Eol, string? Lts)[] cycles)
    {
        var text = new StringBuilder($"---\ntitle: {title}\ncategory: lang\nidentifiers:\n  - purl: pkg:generic/x\n\nreleases:\n");
        foreach (var c in cycles)
        {
            text.Append($"  - releaseCycle: \"{c.Cycle}\"\n    releaseDate: {c.Released}\n    eol: {c.Eol} # end of security fixes\n");
            if (c.Lts is not null) text.Append($"    lts: {c.Lts}\n");
            text.Append($"    latest: \"{c.Cycle}.9\"\n    latestReleaseDate: 2026-08-01\n\n");
        }

        return text.Append("---\n\n> Text of the page, not read.\n").ToString();
    }

    /// <summary>Writes the pages as an endoflife.date checkout (products/&lt;id&gt;.md) under <paramref name="root"/>.</summary>
    public static string WriteRepository(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "products"));
        foreach (var (id, text) in Pages) File.WriteAllText(Path.Combine(root, "products", id + ".md"), text);
        File.WriteAllText(Path.Combine(root, "products", "not-detected.md"), Page("Something else", ("1", "2020-01-01", "2021-01-01", null)));
        return root;
    }

    /// <summary>The same pages as a zip of the repository, as GitHub makes one (a top folder holding everything).</summary>
    public static byte[] Zip()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (id, text) in Pages)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"endoflife.date-main/products/{id}.md").Open());
                writer.Write(text);
            }

            using var readme = new StreamWriter(zip.CreateEntry("endoflife.date-main/README.md").Open());
            readme.Write("# not a product\n");
        }

        return memory.ToArray();
    }
}
