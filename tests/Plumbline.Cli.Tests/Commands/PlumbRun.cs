using Microsoft.Extensions.Time.Testing;

namespace Plumbline.Cli.Tests.Commands;

/// <summary>Runs <c>plumb</c> in-process with captured streams and a fixed clock.</summary>
internal sealed record PlumbRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Task<PlumbRun> Of(params string[] args) => At(Now, args);

    /// <summary>Runs with the clock at <paramref name="now"/> (a re-audit a week later).</summary>
    public static async Task<PlumbRun> At(DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PlumbApp.RunAsync(args, output, error, new FakeTimeProvider(now), interactive: false);
        return new PlumbRun(code, output.ToString(), error.ToString());
    }
}
