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
        var imports = byEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => store.Write(e.Key, e.Value.Values, label, importedAt))
            .ToList();
        return new ImportSummary(imports, documents, skipped, notes, null);
    }

    private static void ImportFile(string file, Action<ReadOnlySpan<byte>> add, List<string> notes, ref int skipped)
    {
        if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
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
        else if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (new FileInfo(file).Length > MaxDocumentBytes)
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
