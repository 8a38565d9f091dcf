using System.Security.Cryptography.X509Certificates;

namespace Plumbline.Checks.Net;

/// <summary>How network checks behave: limits, the target guard, extra trusted roots and the clock.</summary>
public sealed record NetworkOptions
{
    /// <summary>Defaults for the CLI: every target allowed, system trust only.</summary>
    public static NetworkOptions Default { get; } = new();

    /// <summary>How long one request may take from connecting to the last byte of its body (or one TLS handshake).
    /// An overall deadline, not an idle timeout: a server that trickles a byte at a time still stops here.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole check (every request, handshake and DNS question of one command) may take.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries after a connection failure (refused or reset). Never after a timeout: a silent server costs
    /// one timeout, not one per attempt. Never after a refusal by the guard or a TLS failure either.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first backoff; each retry waits twice as long as the one before.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Redirects followed at most.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Bytes of a response body read at most; the rest is dropped and the response marked truncated.</summary>
    public int MaxResponseBytes { get; init; } = 512 * 1024;

    /// <summary>Which addresses may be contacted.</summary>
    public TargetGuard Guard { get; init; } = TargetGuard.AllowAll;

    /// <summary>Roots trusted in addition to the system's (an internal CA, a test CA). Never replaces validation.</summary>
    public X509Certificate2Collection ExtraTrustedRoots { get; init; } = [];

    /// <summary>The clock certificate validity is judged by.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The timer backoff waits on. Separate from <see cref="Time"/> so a test may fix the date without
    /// freezing retries (a frozen fake clock would never end a backoff).</summary>
    public TimeProvider Waits { get; init; } = TimeProvider.System;
}
