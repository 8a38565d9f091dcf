using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Plumbline.Web.Tests.Support;

/// <summary>The app's error log lines, kept so a test that sees a 500 can say which exception caused it.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Every error logged so far, oldest first: the message and the exception's first line.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>The newest error, for a failure message.</summary>
    public string Last => _lines.LastOrDefault() ?? "(nothing logged)";

    public ILogger CreateLogger(string categoryName) => new Sink(this);

    public void Dispose()
    {
    }

    private sealed class Sink(ServerErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var inner = exception;
            while (inner?.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            var where = inner?.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Plumbline", StringComparison.Ordinal))?.Trim();
            owner._lines.Enqueue(inner is null ? formatter(state, exception) : $"{inner.GetType().Name}: {inner.Message} {where}");
        }
    }
}
