namespace Plumbline.Checks.Secrets;

/// <summary>Where a blob first appeared: the first commit (oldest first, over all refs) and path that hold it.</summary>
/// <param name="Commit">The commit id.</param>
/// <param name="Path">The path in that commit.</param>
/// <param name="Author">The commit's author name.</param>
/// <param name="Date">The commit's author date.</param>
/// <param name="Order">The commit's position in the oldest-to-newest walk, to pick the earliest of several blobs.</param>
public sealed record BlobOrigin(string Commit, string Path, string Author, DateTimeOffset Date, int Order)
{
    /// <summary>Text in the working tree that differs from every commit: ordered after all of history.</summary>
    public static BlobOrigin Uncommitted(string path) => new(string.Empty, path, string.Empty, default, int.MaxValue);

    /// <summary>True for working-tree text not committed yet.</summary>
    public bool IsUncommitted => Commit.Length == 0;
}
