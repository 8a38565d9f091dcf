using Plumbline.Testing.Net;

namespace Plumbline.Checks.Tests.Host;

/// <summary>A test that needs redis-server: skipped, with the reason, only when it is not installed here.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        Skip = RedisServer.SkipReason;
    }
}
