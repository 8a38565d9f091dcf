using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Core.Tests.Checks;

public sealed class CheckDescriptorTests
{
    private static readonly CheckDescriptor Check = new("HasLockfile", "Does every npm project have a lockfile?", "repo", "add-lockfiles");

    [Fact]
    public void A_finding_takes_its_id_and_recommendation_from_the_descriptor()
    {
        var finding = Check.Conclude(Outcome.Fail, Severity.Medium, "web/package.json has no lockfile.", new Location("web/package.json"), "web/package.json");

        (finding.CheckId, finding.RecommendationId, finding.Outcome, finding.Severity).ShouldBe(("HasLockfile", "add-lockfiles", Outcome.Fail, Severity.Medium));
        finding.Location.Path.ShouldBe("web/package.json");
    }

    [Fact]
    public void The_fingerprint_is_the_check_id_and_the_key_so_it_survives_a_reworded_detail()
    {
        var before = Check.Conclude(Outcome.Fail, Severity.Medium, "One wording.", Location.None, "web/package.json");
        var after = Check.Conclude(Outcome.Fail, Severity.High, "Another wording.", new Location("web/package.json", 12), "web/package.json");
        var other = Check.Conclude(Outcome.Fail, Severity.Medium, "One wording.", Location.None, "api/package.json");

        before.Fingerprint.ShouldBe(Fingerprint.Of("HasLockfile", "web/package.json"));
        after.Fingerprint.ShouldBe(before.Fingerprint);
        other.Fingerprint.ShouldNotBe(before.Fingerprint);
    }

    [Fact]
    public void A_seed_keeps_the_fingerprints_a_check_had_under_its_old_id()
    {
        var renamed = new CheckDescriptor("NoSecretsInTree", "Is the current tree free of secrets?", "secrets", "rotate-secrets-in-tree")
        {
            FingerprintSeed = "secrets.in-tree",
        };

        var finding = renamed.Conclude(Outcome.Pass, Severity.Info, "No secrets found.", Location.None, "pass");

        finding.Fingerprint.ShouldBe(Fingerprint.Of("secrets.in-tree", "pass"));
        finding.CheckId.ShouldBe("NoSecretsInTree");
        Check.FingerprintSeed.ShouldBe("HasLockfile");
    }

    [Fact]
    public void A_missing_key_part_still_counts_as_a_part()
    {
        string? noPath = null;

        var finding = Check.Conclude(Outcome.Inconclusive, Severity.Info, "Could not read it.", Location.None, "inconclusive", noPath);

        finding.Fingerprint.ShouldBe(Fingerprint.Of("HasLockfile", "inconclusive", null));
        finding.Fingerprint.ShouldNotBe(Fingerprint.Of("HasLockfile", "inconclusive"));
    }
}
