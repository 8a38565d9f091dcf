using Plumbline.Checks.Domain;
using Plumbline.Checks.Domain.Checks;
using Plumbline.Checks.Domain.Spf;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.Domain;

/// <summary>Checks on snapshots built in code, for cases the zone fixtures do not cover.</summary>
public sealed class DomainChecksTests
{
    private static DomainSnapshot Snapshot(string domain = "example.test") => new() { Domain = domain };

    private static async Task<SpfEvaluation> Spf(string record)
    {
        var dns = new FakeDns().Txt("example.test", record);
        return await new SpfEvaluator(dns).EvaluateAsync("example.test", await dns.TxtAsync("example.test", CancellationToken.None), CancellationToken.None);
    }

    [Fact]
    public async Task Plus_all_is_a_critical_failure()
    {
        var snapshot = Snapshot() with { Spf = await Spf("v=spf1 +all") };

        var finding = new SpfEndsWithStrictAll().Run(snapshot).ShouldHaveSingleItem();

        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Dnssec_keys_without_a_ds_record_fail_with_their_own_reason()
    {
        var snapshot = Snapshot() with
        {
            DnsKey = DnsAnswer.Of("example.test", "DNSKEY", "257 3 13"),
            Ds = new DnsAnswer("example.test", "DS", DnsStatus.NoRecords, []),
            SignaturesSeen = true,
        };

        var finding = new DnssecSigned().Run(snapshot).ShouldHaveSingleItem();

        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Detail.ShouldContain("no DS record");
        finding.Evidence.ShouldContain("RRSIG over DNSKEY: present");
    }

    [Fact]
    public void Caa_inherited_from_a_parent_passes_and_says_where()
    {
        var snapshot = Snapshot("shop.example.test") with { Caa = DnsAnswer.Of("example.test", "CAA", "0 issue \"letsencrypt.org\"") };

        var finding = new CaaPublished().Run(snapshot).ShouldHaveSingleItem();

        finding.Outcome.ShouldBe(Outcome.Pass);
        finding.Detail.ShouldContain("inherited from example.test");
    }

    [Fact]
    public void A_failed_lookup_is_inconclusive_not_a_failure()
    {
        var snapshot = Snapshot() with { Mx = new DnsAnswer("example.test", "MX", DnsStatus.Failed, [], "192.0.2.53:53 answered ServerFailure") };

        var finding = new MailExchangerPublished().Run(snapshot).ShouldHaveSingleItem();

        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldContain("ServerFailure");
    }

    [Fact]
    public void Revoked_dkim_keys_are_not_counted_as_keys()
    {
        var snapshot = Snapshot() with
        {
            Dkim = [new DkimProbe("old", DnsAnswer.Of("old._domainkey.example.test", "TXT", "v=DKIM1; p="), Configured: true)],
            DkimParent = new DnsAnswer("_domainkey.example.test", "TXT", DnsStatus.NoRecords, []),
        };

        new DkimKeysPublished().Run(snapshot).ShouldContain(f => f.Outcome == Outcome.Fail && f.Detail.Contains("'old'"));
    }

    [Fact]
    public void Every_domain_check_runs_on_an_empty_snapshot_without_throwing()
    {
        var findings = CheckRunner.RunAll(DomainChecks.All, Snapshot());

        findings.ShouldNotContain(f => f.Outcome == Outcome.Error);
    }
}
