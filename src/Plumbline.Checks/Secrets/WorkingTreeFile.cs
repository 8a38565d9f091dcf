using System.Security.Cryptography;
using System.Text;

namespace Plumbline.Checks.Secrets;

/// <summary>Reads a file of the audited tree from the working tree on disk, never following a symlink
/// (of the file or of a folder above it) out of the tree.</summary>
internal sealed class WorkingTreeFile(string root)
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Dictionary<string, bool> _safeFolders = new(StringComparer.Ordinal);

    /// <summary>The file's bytes, or null when it is not on disk as a regular file (deleted, sparse checkout, replaced by a link):
    /// then the committed blob stands for it. <paramref name="tooLarge"/> says it is there but over the size limit.</summary>
    public byte[]? Read(string path, long maxBytes, out bool tooLarge)
    {
        tooLarge = false;
        var full = Path.Combine(_root, path);
        if (!FolderIsSafe(Path.GetDirectoryName(full)!))
        {
            return null;
        }

        var info = new FileInfo(full);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return null;
        }

        if (info.Length > maxBytes)
        {
            tooLarge = true;
            return null;
        }

        try
        {
            return File.ReadAllBytes(full);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The id git gives these bytes as a blob (SHA-1 of "blob SIZE\0" and the bytes): equal to the
    /// committed id when the file on disk is what was committed.</summary>
    public static string GitBlobId(ReadOnlySpan<byte> bytes)
    {
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(header);
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private bool FolderIsSafe(string folder)
    {
        if (folder.Length <= _root.Length)
        {
            return string.Equals(folder.TrimEnd(Path.DirectorySeparatorChar), _root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
        }

        if (_safeFolders.TryGetValue(folder, out var safe))
        {
            return safe;
        }

        var info = new DirectoryInfo(folder);
        safe = info.Exists && info.LinkTarget is null && FolderIsSafe(Path.GetDirectoryName(folder)!);
        _safeFolders[folder] = safe;
        return safe;
    }
}
