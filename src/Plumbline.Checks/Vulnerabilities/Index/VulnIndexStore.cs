using System.Text;
using System.Text.Json;
using Plumbline.Checks.Vulnerabilities.Osv;

namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>The local OSV index in a data folder: <c>osv/index.json</c> (metadata) and one
/// <c>osv/&lt;ecosystem&gt;.idx</c> file per ecosystem with one line per package and advisory:
/// <c>normalised-name TAB advisory-json</c>, so loading can skip packages a target does not use without parsing JSON.</summary>
public sealed class VulnIndexStore
{
    public VulnIndexStore(string dataFolder)
    {
        DataFolder = dataFolder;
        Folder = Path.Combine(dataFolder, "osv");
    }

    /// <summary>The data folder the index lives in.</summary>
    public string DataFolder { get; }

    /// <summary>The index's own folder inside the data folder.</summary>
    public string Folder { get; }

    private string MetadataPath => Path.Combine(Folder, "index.json");

    /// <summary>The metadata, or null when nothing was ever imported here.</summary>
    /// <exception cref="InvalidDataException">The metadata file is damaged.</exception>
    public IndexMetadata? ReadMetadata()
    {
        if (!File.Exists(MetadataPath))
        {
            return null;
        }

        try
        {
            var meta = JsonSerializer.Deserialize(File.ReadAllBytes(MetadataPath), VulnIndexJson.Default.IndexMetadata);
            return meta ?? throw new InvalidDataException($"{MetadataPath} is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{MetadataPath} is damaged ({ex.Message}); run 'plumb vulndb update' or 'plumb vulndb import' again", ex);
        }
    }

    /// <summary>Replaces one ecosystem's advisories and records the import in the metadata.</summary>
    public EcosystemImport Write(string ecosystem, IReadOnlyCollection<Advisory> advisories, string source, DateTimeOffset importedAt) =>
        WriteAll([(ecosystem, advisories)], source, importedAt)[0];

    /// <summary>Replaces several ecosystems' advisories at once, all or nothing: every index file is written in full
    /// beside its place first, and only when all are written are they moved into place and the import recorded.</summary>
    /// <exception cref="IOException">The folder cannot be written; the index is left as it was.</exception>
    public IReadOnlyList<EcosystemImport> WriteAll(IReadOnlyList<(string Ecosystem, IReadOnlyCollection<Advisory> Advisories)> ecosystems, string source, DateTimeOffset importedAt)
    {
        var written = new List<(string Temp, string Path, EcosystemImport Entry)>();
        string? current = null;
        try
        {
            Directory.CreateDirectory(Folder);
            foreach (var (ecosystem, advisories) in ecosystems)
            {
                var path = EcosystemPath(ecosystem);
                var temp = current = path + ".tmp";

                // Moving into place must not fail half-way, so what would stop it is found before anything moves.
                if (Directory.Exists(path)) throw new IOException($"{path} is a folder, not an index file");
                written.Add((temp, path, new EcosystemImport(ecosystem, source, importedAt, advisories.Count, WriteIndex(temp, ecosystem, advisories))));
            }
        }
        catch
        {
            foreach (var temp in written.Select(w => w.Temp).Append(current).OfType<string>()) File.Delete(temp);
            throw;
        }

        foreach (var (temp, path, _) in written) File.Move(temp, path, overwrite: true);
        var entries = written.Select(w => w.Entry).ToList();
        var meta = ReadMetadataOrEmpty();
        var list = meta.Ecosystems.Where(e => entries.All(n => !string.Equals(e.Name, n.Name, StringComparison.Ordinal))).Concat(entries).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var metaTemp = MetadataPath + ".tmp";
        File.WriteAllBytes(metaTemp, JsonSerializer.SerializeToUtf8Bytes(new IndexMetadata(IndexMetadata.CurrentFormat, list), VulnIndexJson.Default.IndexMetadata));
        File.Move(metaTemp, MetadataPath, overwrite: true);
        return entries;
    }

    /// <summary>Writes one line per package and advisory; returns the number of packages.</summary>
    private static int WriteIndex(string temp, string ecosystem, IReadOnlyCollection<Advisory> advisories)
    {
        var packages = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        foreach (var advisory in advisories.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var json = JsonSerializer.Serialize(advisory, VulnIndexJson.Default.Advisory);
            foreach (var name in advisory.Affected.Select(a => Ecosystems.NormaliseName(ecosystem, a.Name)).Distinct(StringComparer.Ordinal))
            {
                packages.Add(name);
                writer.Write(name);
                writer.Write('\t');
                writer.Write(json);
                writer.Write('\n');
            }
        }

        return packages.Count;
    }

    /// <summary>Loads the advisories of one ecosystem, only for the given (normalised) package names when a set is given.</summary>
    public EcosystemIndex Load(string ecosystem, IReadOnlySet<string>? packages = null)
    {
        var byName = new Dictionary<string, List<Advisory>>(StringComparer.Ordinal);
        var path = EcosystemPath(ecosystem);
        if (!File.Exists(path))
        {
            return new EcosystemIndex(ecosystem, byName);
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var name = line[..tab];
            if (packages is not null && !packages.Contains(name))
            {
                continue;
            }

            Advisory? advisory;
            try
            {
                advisory = JsonSerializer.Deserialize(line.AsSpan(tab + 1), VulnIndexJson.Default.Advisory);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber} is damaged ({ex.Message}); import the {ecosystem} advisories again", ex);
            }

            if (advisory is null) continue;
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.Add(advisory);
        }

        return new EcosystemIndex(ecosystem, byName);
    }

    private IndexMetadata ReadMetadataOrEmpty()
    {
        try
        {
            return ReadMetadata() ?? IndexMetadata.Empty;
        }
        catch (InvalidDataException)
        {
            // A damaged metadata file is rebuilt by the next import; the ecosystem files are still valid.
            return IndexMetadata.Empty;
        }
    }

    private string EcosystemPath(string ecosystem)
    {
        var safe = new string([.. ecosystem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return Path.Combine(Folder, safe + ".idx");
    }
}
