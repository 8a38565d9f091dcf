namespace Plumbline.Cli.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public void The_sample_report_renders_every_part_the_real_report_has()
    {
        // The warm-up swallows its errors, so a sample that stopped rendering would only make plumb slower, silently.
        using var output = new StringWriter();
        WarmUp.RenderSample(PlumbApp.CreateConsole(output, interactive: false), new DateOnly(2026, 12, 7));

        var text = output.ToString();
        text.ShouldContain("Fix first: A sample item");
        text.ShouldContain("Roadmap");
        text.ShouldContain("Another sample item");
        text.ShouldContain("A sample finding.");
        text.ShouldContain("Count");
    }
}
