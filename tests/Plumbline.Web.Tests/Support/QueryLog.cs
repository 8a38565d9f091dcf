using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plumbline.Web.Tests.Support;

/// <summary>The SQL commands EF Core runs against one workspace's database, heard on EF's diagnostic listener.</summary>
/// <remarks>Tests run in parallel in one process, so commands are kept only when their connection names this
/// workspace's own data folder (SQLite) or database (PostgreSQL).</remarks>
public sealed class QueryLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _marker;
    private readonly IDisposable _all;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly List<IDisposable> _listeners = [];

    public QueryLog(string marker)
    {
        _marker = marker;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && (data.Command.Connection?.ConnectionString ?? string.Empty).Contains(_marker, StringComparison.Ordinal))
        {
            _commands.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
