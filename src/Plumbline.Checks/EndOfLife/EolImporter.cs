using System.IO.Compression;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Builds an <see cref="EolDatabase"/> from the endoflife.date repository: its <c>products</c> folder, the
/// repository's root folder, or a zip of the repository. Only the products Plumbline detects are kept.</summary>
public static class EolImporter
{
    /// <summary>The database, or one line saying what is wrong with <paramref name="path"/>.</summary>
    public static (EolDatabase? Database, string? Error) Import(string path, DateTimeOffset importedAt)
    {
        var pages = new Dictionary<string, (string Text, string Source)>(StringComparer.Ordinal);
        try
        {
            if (Directory.Exists(path))
            {
                var folder = Directory.Exists(Path.Combine(path, "products")) ? Path.Combine(path, "products") : path;
                foreach (var known in KnownPlatform.All)
                {
                    var file = Path.Combine(folder, known.Id + ".md");
                    if (File.Exists(file)) pages[known.Id] = (File.ReadAllText(file), file);
                }
            }
            else if (File.Exists(path))
            {
                using var zip = ZipFile.OpenRead(path);
                foreach (var entry in zip.Entries)
                {
                    var name = entry.FullName.Replace('\\', '/');
                    var slash = name.LastIndexOf('/');
                    if (slash < 0 || !name[..slash].Split('/')[^1].Equals("products", StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal)) continue;
                    var id = name[(slash + 1)..^3];
                    if (KnownPlatform.Find(id) is null || entry.Length > 4 * 1024 * 1024) continue;
                    using var reader = new StreamReader(entry.Open());
                    pages[id] = (reader.ReadToEnd(), $"{path}:{name}");
                }
            }
            else
            {
                return (null, $"{path}: no such file or folder (give the endoflife.date repository, its products folder, or a zip of it)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, $"{path}: could not be read ({ex.Message})");
        }

        if (pages.Count == 0)
        {
            return (null, $"{path}: no endoflife.date product pages found (expected products/php.md, products/nodejs.md, …; give the repository, its products folder, or a zip of it)");
        }

        var products = new Dictionary<string, EolProduct>(StringComparer.Ordinal);
        DateOnly? asOf = null;
        foreach (var (id, (text, source)) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (product, newest, error) = EolFrontMatter.Read(id, text, source);
            if (error is not null) return (null, error);
            products[id] = product!;
            if (newest is { } n && (asOf is null || n > asOf)) asOf = n;
        }

        return (new EolDatabase(asOf ?? DateOnly.FromDateTime(importedAt.UtcDateTime), products) { ImportedAt = importedAt, Origin = path }, null);
    }
}
