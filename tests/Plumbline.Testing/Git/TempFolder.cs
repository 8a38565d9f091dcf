namespace Plumbline.Testing.Git;

/// <summary>A fresh folder under the system temp folder, deleted (read-only files included) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "plumb-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Writes a text file (creating folders) relative to the folder; forward slashes are fine.</summary>
    public TempFolder WriteFile(string relativePath, string content)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    /// <summary>Writes a binary file relative to the folder.</summary>
    public TempFolder WriteBytes(string relativePath, byte[] content)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>The absolute path of a relative one.</summary>
    public string Full(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Dispose() => DeleteTree(Path);

    /// <summary>Deletes a folder even when git left read-only object files in it.</summary>
    public static void DeleteTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above: best effort.
        }
    }
}
