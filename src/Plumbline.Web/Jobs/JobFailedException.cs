namespace Plumbline.Web.Jobs;

/// <summary>A job that cannot finish for a reason the user can act on (a missing folder, a refused address); its
/// message is the one line the page shows.</summary>
internal sealed class JobFailedException : Exception
{
    public JobFailedException(string message)
        : base(message)
    {
    }

    public JobFailedException()
    {
    }

    public JobFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
