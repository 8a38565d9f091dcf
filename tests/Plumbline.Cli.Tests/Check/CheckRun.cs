using Microsoft.Extensions.Time.Testing;

namespace Plumbline.Cli.Tests.Check;

/// <summary>Runs <c>plumb</c> in-process with captured output.</summary>
internal static class CheckRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // The real clock: certificates made by the tests are valid relative to now.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var exit = await PlumbApp.RunAsync(args, output, error, time, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }
}
