using Plumbline.Testing.Dns;

namespace Plumbline.Cli.Tests.Check;

/// <summary>A test that needs NSD: skipped, with the reason, only when the binary is not installed here.</summary>
public sealed class NsdFactAttribute : FactAttribute
{
    public NsdFactAttribute()
    {
        Skip = NsdServer.SkipReason;
    }
}
