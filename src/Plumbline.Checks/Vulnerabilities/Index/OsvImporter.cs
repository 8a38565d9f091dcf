using System.IO.Compression;
using Plumbline.Checks.Vulnerabilities.Osv;

namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>Imports OSV advisories (per-ecosystem <c>all.zip</c> archives, folders of <c>*.json</c>, single files)
/// into the local index. Each ecosystem found replaces what the index held for it, so a fresh <c>all.zip</c>
/// also drops withdrawn advisories; give every path for one ecosystem in the same import to combine them.</summary>
public sealed class OsvImporter(VulnIndexStore store, TimeProvider time)
{
    /// <summary>Advisory documents larger than this are skipped (the largest real ones are well under 1 MB).</summary>
    public const long MaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Imports the paths; a path that does not exist is an error, an unusable document is counted as skipped.</summary>
    public ImportSummary Import(IReadOnlyList<string> paths, string? source = null, CancellationToken cancellationToken = default)
    {
        var byEcosystem = new Dictionary<string, Dictionary<string, Advisory>>(StringComparer.Ordinal);
        var skipped = 0;
        var documents = 0;
        var notes = new List<string>();

        void Add(ReadOnlySpan<byte> bytes)
        {
            documents++;
            var (advisory, reason) = OsvParser.Parse(bytes);
            if (advisory is null)
            {
                skipped++;
                if (notes.Count < 5 && reason is not null && !reason.EndsWith("is withdrawn", StringComparison.Ordinal)) notes.Add(reason);
                return;
            }

            foreach (var group in advisory.Affected.GroupBy(a => Ecosystems.Base(a.Ecosystem), StringComparer.Ordinal))
            {
                if (!UsableEcosystem(group.Key))
                {
                    if (notes.Count < 5) notes.Add($"{advisory.Id}: the ecosystem name '{(group.Key.Length > 40 ? group.Key[..40] + "…" : group.Key)}' is not one OSV uses; those entries were skipped");
                    continue;
                }

                if (!byEcosystem.TryGetValue(group.Key, out var map))
                {
                    byEcosystem[group.Key] = map = new Dictionary<string, Advisory>(StringComparer.Ordinal);
                }

                map[advisory.Id] = advisory with { Affected = [.. group.Select(a => a with { Ecosystem = group.Key })] };
            }
        }

        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Order(StringComparer.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ImportFile(file, Add, notes, ref skipped);
                }
            }
            else if (File.Exists(path))
            {
                ImportFile(path, Add, notes, ref skipped);
            }
            else
            {
                return ImportSummary.Failed($"{path}: no such file or folder (give an OSV all.zip, a folder of OSV .json files, or one .json file)");
            }
        }

        var importedAt = time.GetUtcNow();
        var label = source ?? string.Join(", ", paths.Select(Path.GetFullPath));
        try
        {
            var imports = store.WriteAll([.. byEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, (IReadOnlyCollection<Advisory>)e.Value.Values))], label, importedAt);
            return new ImportSummary(imports, documents, skipped, notes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ImportSummary.Failed($"{store.Folder}: the index could not be written ({ex.Message}); nothing was imported. Give --data a folder you can write to.");
        }
    }

    /// <summary>OSV ecosystem names are short words (npm, crates.io, Ubuntu:Pro:18.04:LTS); anything else cannot name an
    /// index file and is not an ecosystem any lockfile uses.</summary>
    private static bool UsableEcosystem(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ' ');

    private static void ImportFile(string file, Action<ReadOnlySpan<byte>> add, List<string> notes, ref int skipped)
    {
        var isZip = file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (!isZip && !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return;

        // A named pipe reports no length and would block a read; an empty file holds no advisory either.
        var length = new FileInfo(file).Length;
        if (length == 0)
        {
            skipped++;
            if (notes.Count < 5) notes.Add($"{file}: empty, or not a regular file");
            return;
        }

        if (isZip)
        {
            try
            {
                using var zip = ZipFile.OpenRead(file);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
                {
                    if (entry.Length > MaxDocumentBytes)
                    {
                        skipped++;
                        continue;
                    }

                    using var stream = entry.Open();
                    using var buffer = new MemoryStream((int)entry.Length);
                    stream.CopyTo(buffer);
                    add(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                }
            }
            catch (InvalidDataException ex)
            {
                skipped++;
                notes.Add($"{file}: not a readable zip archive ({ex.Message})");
            }
        }
        else
        {
            if (length > MaxDocumentBytes)
            {
                skipped++;
                return;
            }

            add(File.ReadAllBytes(file));
        }
    }
}

/// <summary>What an import did.</summary>
/// <param name="Ecosystems">One entry per ecosystem written to the index.</param>
/// <param name="Documents">JSON documents read.</param>
/// <param name="Skipped">Documents that were not usable advisories (withdrawn, no versions, not OSV, too large).</param>
/// <param name="Notes">A few reasons for skipped documents, for the user.</param>
/// <param name="Error">Set when the import could not run at all.</param>
public sealed record ImportSummary(IReadOnlyList<EcosystemImport> Ecosystems, int Documents, int Skipped, IReadOnlyList<string> Notes, string? Error)
{
    public static ImportSummary Failed(string error) => new([], 0, 0, [], error);
}
