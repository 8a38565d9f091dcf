using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Core.Tests.Checks;

public sealed class CheckRunnerTests
{
    private sealed class Throwing : ICheck<string>
    {
        public CheckDescriptor Descriptor { get; } = new("AlwaysBreaks", "Does it break?", "test", "test-restores");

        public IEnumerable<Finding> Run(string snapshot) => throw new InvalidDataException("bad snapshot");
    }

    private sealed class Passing : ICheck<string>
    {
        public CheckDescriptor Descriptor { get; } = new("AlwaysPasses", "Does it pass?", "test", "test-restores");

        public IEnumerable<Finding> Run(string snapshot) =>
            [new Finding(Descriptor.Id, Descriptor.RecommendationId, Outcome.Pass, Severity.Info, "fine", Location.None, Fingerprint.Of(Descriptor.Id))];
    }

    [Fact]
    public void A_check_that_throws_becomes_an_error_finding_and_the_others_still_run()
    {
        var findings = CheckRunner.RunAll<string>([new Throwing(), new Passing()], "snapshot");

        findings.Count.ShouldBe(2);
        var error = findings.Single(f => f.CheckId == "AlwaysBreaks");
        error.Outcome.ShouldBe(Outcome.Error);
        error.Detail.ShouldContain("bad snapshot");
        findings.Single(f => f.CheckId == "AlwaysPasses").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void Disabled_checks_do_not_run()
    {
        var findings = CheckRunner.RunAll<string>([new Throwing(), new Passing()], "snapshot", new HashSet<string> { "AlwaysBreaks" });

        findings.Single().CheckId.ShouldBe("AlwaysPasses");
    }

    [Fact]
    public void Fingerprints_are_stable_and_sensitive_to_every_part()
    {
        Fingerprint.Of("a", "b").ShouldBe(Fingerprint.Of("a", "b"));
        Fingerprint.Of("a", "b").ShouldNotBe(Fingerprint.Of("ab"));
        Fingerprint.Of("a", "b").Length.ShouldBe(64);
    }
}
