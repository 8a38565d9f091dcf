using Plumbline.Checks.Audit;
using Spectre.Console;

namespace Plumbline.Cli.Rendering;

/// <summary>Shows audit progress: a live Spectre display when a person is watching, plain lines otherwise (see <see cref="ProgressLines"/>).</summary>
internal static class AuditProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress sink wired to the terminal.</summary>
    public static async Task<T> RunAsync<T>(CliContext cli, IReadOnlyList<string> stages, Func<IProgress<AuditProgress>, Task<T>> work)
    {
        if (!cli.Interactive)
        {
            // Plain lines go to standard error so that --out - keeps standard output clean.
            var lines = new ProgressLines(cli.Error, cli.Time);
            return await work(new Sink(lines.Report)).ConfigureAwait(false);
        }

        T result = default!;
        await cli.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = stages.ToDictionary(s => s, s => ctx.AddTask(Markup.Escape(s), autoStart: false, maxValue: 1));
                var sink = new Sink(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        return;
                    }

                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }

                    task.Description = Markup.Escape($"{p.Stage}: {Shorten(p.Activity)}");
                    if (p.Fraction is { } f)
                    {
                        task.Value = Math.Clamp(f, 0, 1);
                    }

                    if (p.Activity is "done" or "failed")
                    {
                        task.Value = 1;
                        task.StopTask();
                    }
                });
                result = await work(sink).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..59] + "…" : s;

    /// <summary>Calls back on the reporting thread (no synchronisation context hop, unlike Progress&lt;T&gt;).</summary>
    private sealed class Sink(Action<AuditProgress> report) : IProgress<AuditProgress>
    {
        public void Report(AuditProgress value) => report(value);
    }
}
