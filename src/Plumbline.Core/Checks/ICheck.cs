using Plumbline.Core.Findings;

namespace Plumbline.Core.Checks;

/// <summary>A pure function from a snapshot to findings. All I/O happened before, in a collector.</summary>
/// <typeparam name="TSnapshot">The immutable snapshot the check reads.</typeparam>
public interface ICheck<in TSnapshot>
{
    /// <summary>What the check is.</summary>
    CheckDescriptor Descriptor { get; }

    /// <summary>The findings for this snapshot.</summary>
    IEnumerable<Finding> Run(TSnapshot snapshot);
}
