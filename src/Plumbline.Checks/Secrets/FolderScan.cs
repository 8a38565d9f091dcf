using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Secrets;

/// <summary>Scans a plain folder (not a git repository): every regular file, symlinks not followed.</summary>
internal static class FolderScan
{
    public static SecretScan Run(string root, SecretsSettings settings, SecretScanner scanner, ExcludeList exclude, CancellationToken ct)
    {
        var stats = new ScanStats();
        var hits = new List<SecretOccurrence>();
        var files = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            ct.ThrowIfCancellationRequested();
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel.StartsWith(".git/", StringComparison.Ordinal) || exclude.Matches(rel))
            {
                continue;
            }

            files++;
            var info = new FileInfo(file);
            if (info.Length > settings.MaxBlobBytes)
            {
                stats.Large++;
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            if (BlobText.IsBinary(bytes))
            {
                stats.Binary++;
                continue;
            }

            stats.Scanned++;
            stats.Bytes += bytes.Length;
            var origin = new BlobOrigin(string.Empty, rel, string.Empty, default, 0);
            hits.AddRange(scanner.Scan(BlobText.Decode(bytes), rel).Select(m => new SecretOccurrence(m, origin, rel)));
        }

        return new SecretScan(hits, stats, 0, files, History: false, IsGit: false);
    }
}
