namespace Plumbline.Checks.Dependencies;

/// <summary>A manifest that cannot be parsed; the message says where and why.</summary>
public sealed class ManifestParseException : Exception
{
    public ManifestParseException(string message)
        : base(message)
    {
    }

    public ManifestParseException()
    {
    }

    public ManifestParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
