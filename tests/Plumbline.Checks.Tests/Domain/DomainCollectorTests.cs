using Plumbline.Checks.Domain;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Domain;

/// <summary>The domain collector and checks against a real NSD serving the fixture zones.</summary>
public sealed class DomainCollectorTests(DnsServerFixture fixture) : IClassFixture<DnsServerFixture>
{
    private async Task<Dictionary<string, List<Finding>>> Check(string domain, params string[] selectors)
    {
        var snapshot = await fixture.CollectAsync(domain, selectors);
        return CheckRunner.RunAll(DomainChecks.All, snapshot)
            .GroupBy(f => f.CheckId)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    [NsdFact]
    public async Task A_well_configured_signed_domain_passes_every_check()
    {
        var findings = await Check("good.test");

        var notPassing = findings.Values.SelectMany(f => f).Where(f => f.Outcome != Outcome.Pass).ToList();
        notPassing.ShouldBeEmpty(string.Join("\n", notPassing.Select(f => $"{f.CheckId}: {f.Outcome} {f.Detail}")));
        findings.Keys.Count.ShouldBe(DomainChecks.All.Count);
    }

    [NsdFact]
    public async Task The_good_domain_snapshot_holds_the_records_as_evidence()
    {
        var snapshot = await fixture.CollectAsync("good.test");

        snapshot.MxHosts.ShouldBe(["mail.good.test"]);
        snapshot.Spf.Records.ShouldBe(["v=spf1 mx include:_spf.good.test -all"]);
        snapshot.Spf.Lookups.ShouldBe(2);
        snapshot.DmarcPolicy!.Policy.ShouldBe("reject");
        snapshot.Dkim.Where(p => p.HasKey).Select(p => p.Selector).ShouldBe(["selector1"]);
        snapshot.MtaStsPolicy!.Policy!.Mode.ShouldBe("enforce");
        snapshot.SignaturesSeen.ShouldBeTrue();
        snapshot.Ds.Status.ShouldBe(DnsStatus.Found);
        snapshot.NameServers.Select(n => n.Name).Order().ShouldBe(["ns1.good.test", "ns2.good.test"]);
        snapshot.Caa.Records.ShouldContain("0 issue \"letsencrypt.org\"");
    }

    [NsdFact]
    public async Task A_broken_domain_fails_with_the_records_as_evidence()
    {
        var findings = await Check("broken.test");

        OutcomeOf(findings, "SpfSingleRecord").ShouldBe(Outcome.Fail);
        findings["SpfSingleRecord"][0].Evidence.Count.ShouldBe(2);
        OutcomeOf(findings, "DmarcEnforced").ShouldBe(Outcome.Fail);
        findings["DmarcEnforced"][0].Evidence.ShouldHaveSingleItem().ShouldContain("p=none");
        OutcomeOf(findings, "DmarcReportsRequested").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "DkimKeysPublished").ShouldBe(Outcome.Fail);
        findings["DkimKeysPublished"][0].Detail.ShouldContain("does not exist");
        OutcomeOf(findings, "MtaStsEnforced").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "TlsReportingEnabled").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "CaaPublished").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "DnssecSigned").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "NameserversRedundant").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "MailExchangerPublished").ShouldBe(Outcome.Pass);
    }

    [NsdFact]
    public async Task Lookup_and_void_limits_are_counted_through_real_includes()
    {
        var snapshot = await fixture.CollectAsync("limits.test");
        var findings = await Check("limits.test");

        snapshot.Spf.Lookups.ShouldBe(11);
        snapshot.Spf.VoidLookups.ShouldBe(3);
        OutcomeOf(findings, "SpfWithinLookupLimit").ShouldBe(Outcome.Fail);
        findings["SpfWithinLookupLimit"][0].Evidence[0].ShouldBe("DNS lookups: 11 of 10");
        OutcomeOf(findings, "SpfVoidLookupsWithinLimit").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "SpfEndsWithStrictAll").ShouldBe(Outcome.Pass);
        OutcomeOf(findings, "DmarcEnforced").ShouldBe(Outcome.Fail);
        findings["DmarcEnforced"][0].Detail.ShouldContain("pct=25");
        OutcomeOf(findings, "DmarcCoversSubdomains").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "NameserversDiverse").ShouldBe(Outcome.Pass);
    }

    [NsdFact]
    public async Task Dkim_keys_under_an_unknown_selector_make_the_check_inconclusive_not_failed()
    {
        var findings = await Check("limits.test");

        OutcomeOf(findings, "DkimKeysPublished").ShouldBe(Outcome.Inconclusive);
        findings["DkimKeysPublished"][0].Detail.ShouldContain("--dkim-selector");
    }

    [NsdFact]
    public async Task A_named_selector_without_a_key_fails_and_one_with_a_key_is_found()
    {
        var missing = await Check("good.test", "mailer2026");
        var found = await Check("good.test", "selector1");

        missing["DkimKeysPublished"].ShouldContain(f => f.Outcome == Outcome.Fail && f.Detail.Contains("'mailer2026'"));
        found["DkimKeysPublished"].ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Pass);
    }

    [NsdFact]
    public async Task Loops_syntax_errors_plus_all_and_an_mta_sts_policy_missing_a_host_are_found()
    {
        var findings = await Check("loop.test");

        OutcomeOf(findings, "SpfFreeOfLoops").ShouldBe(Outcome.Fail);
        findings["SpfFreeOfLoops"][0].Evidence[0].ShouldBe("loop.test → a.loop.test → loop.test");
        OutcomeOf(findings, "SpfSyntaxValid").ShouldBe(Outcome.Fail);
        findings["SpfSyntaxValid"][0].Detail.ShouldContain("300.1.1.1");
        OutcomeOf(findings, "SpfEndsWithStrictAll").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "MtaStsEnforced").ShouldBe(Outcome.Fail);
        findings["MtaStsEnforced"][0].Detail.ShouldContain("backup.loop.test");
        OutcomeOf(findings, "NameserversDiverse").ShouldBe(Outcome.Fail);
    }

    [NsdFact]
    public async Task A_parked_domain_with_null_mx_needs_no_dkim_or_mta_sts()
    {
        var findings = await Check("nullmx.test");

        OutcomeOf(findings, "MailExchangerPublished").ShouldBe(Outcome.Pass);
        findings["MailExchangerPublished"][0].Detail.ShouldContain("null MX");
        OutcomeOf(findings, "DkimKeysPublished").ShouldBe(Outcome.NotApplicable);
        OutcomeOf(findings, "MtaStsEnforced").ShouldBe(Outcome.NotApplicable);
        OutcomeOf(findings, "TlsReportingEnabled").ShouldBe(Outcome.NotApplicable);
        OutcomeOf(findings, "SpfEndsWithStrictAll").ShouldBe(Outcome.Pass);
    }

    [NsdFact]
    public async Task A_name_the_server_does_not_serve_makes_checks_inconclusive()
    {
        var findings = await Check("elsewhere.example");

        OutcomeOf(findings, "SpfPublished").ShouldBe(Outcome.Inconclusive);
        OutcomeOf(findings, "MailExchangerPublished").ShouldBe(Outcome.Inconclusive);
    }

    private static Outcome OutcomeOf(Dictionary<string, List<Finding>> findings, string checkId) =>
        findings[checkId].ShouldHaveSingleItem().Outcome;
}
