namespace Plumbline.Checks.Tests.Runs;

/// <summary>Keeps every progress line, synchronously (<see cref="Progress{T}"/> posts to a context and may arrive late).</summary>
internal sealed class RecordedProgress : IProgress<string>
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void Report(string value)
    {
        lock (_lines)
        {
            _lines.Add(value);
        }
    }
}
