namespace Plumbline.Checks.Net;

/// <summary>A connection the <see cref="TargetGuard"/> refused: the target is (or resolves to) a non-public address.</summary>
public sealed class TargetRefusedException : Exception
{
    public TargetRefusedException(string message)
        : base(message)
    {
    }

    public TargetRefusedException()
    {
    }

    public TargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
