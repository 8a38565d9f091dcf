namespace Plumbline.Checks.Repo;

/// <summary>The target cannot be collected as asked (an unknown revision, --rev on a plain folder): a user error.</summary>
public sealed class RepoCollectionException : Exception
{
    public RepoCollectionException(string message)
        : base(message)
    {
    }

    public RepoCollectionException()
    {
    }

    public RepoCollectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
