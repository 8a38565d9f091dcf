using LibGit2Sharp;

namespace Plumbline.Checks.Secrets;

/// <summary>Peels refs and revisions to commits; tags of trees or blobs peel to nothing.</summary>
internal static class GitPeel
{
    public static Commit? ToCommit(GitObject? target)
    {
        if (target is null)
        {
            return null;
        }

        try
        {
            return target.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
