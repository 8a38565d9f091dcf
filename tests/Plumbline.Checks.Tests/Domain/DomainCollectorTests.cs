using Plumbline.Checks.Domain;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using Plumbline.Testing.Web;

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

    [NsdFact]
    public async Task Unknown_dmarc_tags_are_ignored_and_upper_case_spf_macros_are_valid()
    {
        var findings = await Check("quirks.test");

        OutcomeOf(findings, "DmarcPublished").ShouldBe(Outcome.Pass, findings["DmarcPublished"][0].Detail);
        findings["DmarcPublished"][0].Evidence.ShouldContain(e => e.Contains("t=y"));
        OutcomeOf(findings, "SpfSyntaxValid").ShouldBe(Outcome.Pass, findings["SpfSyntaxValid"][0].Detail);
    }

    [NsdFact]
    public async Task A_domain_with_an_address_but_no_mx_is_said_to_get_its_mail_there()
    {
        var findings = await Check("quirks.test");

        OutcomeOf(findings, "MailExchangerPublished").ShouldBe(Outcome.Fail);
        findings["MailExchangerPublished"][0].Detail.ShouldContain("delivered to its address record (192.0.2.80)");
        foreach (var id in new[] { "MtaStsEnforced", "TlsReportingEnabled" })
        {
            OutcomeOf(findings, id).ShouldBe(Outcome.NotApplicable);
            findings[id][0].Detail.ShouldNotContain("receives no mail");
            findings[id][0].Detail.ShouldContain("address record");
        }
    }

    [NsdFact]
    public async Task Reports_sent_to_another_domain_need_its_authorization_record()
    {
        var unauthorized = await Check("quirks.test");
        var authorized = await Check("authorized.test");

        OutcomeOf(unauthorized, "DmarcReportsRequested").ShouldBe(Outcome.Fail);
        unauthorized["DmarcReportsRequested"][0].Detail.ShouldContain("quirks.test._report._dmarc.other-dns.test");
        OutcomeOf(authorized, "DmarcReportsRequested").ShouldBe(Outcome.Pass, authorized["DmarcReportsRequested"][0].Detail);
    }

    [NsdFact]
    public async Task An_include_with_a_space_after_the_colon_is_a_syntax_error_and_not_a_loop()
    {
        var findings = await Check("space.test");

        OutcomeOf(findings, "SpfSyntaxValid").ShouldBe(Outcome.Fail);
        findings["SpfSyntaxValid"][0].Detail.ShouldContain("needs a domain");
        OutcomeOf(findings, "SpfFreeOfLoops").ShouldBe(Outcome.Pass);
    }

    [NsdFact]
    public async Task A_policy_host_that_trickles_its_answer_stops_at_the_request_deadline()
    {
        using var ca = new TestCertificates(TimeProvider.System.GetUtcNow());
        await using var host = await TestWebServer.StartHttpsAsync(ca.Leaf(["mta-sts.trickle.test"]), Net.HttpFetcherDeadlineTests.Trickle);
        var collector = new DomainCollector(
            new DnsQuerier(fixture.Dns.EndPoint, TimeSpan.FromSeconds(5), retries: 1),
            new DomainCollectorOptions
            {
                Network = NetworkOptions.Default with { ExtraTrustedRoots = [ca.Authority], Retries = 0, Timeout = TimeSpan.FromSeconds(1) },
                MtaStsPort = host.Port,
            });
        // A safety net only, so a regression fails instead of hanging the run.
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var snapshot = await collector.CollectAsync("trickle.test", safety.Token);

        snapshot.MtaStsPolicy.ShouldNotBeNull().Error.ShouldNotBeNull().ShouldContain("timed out");
        var finding = CheckRunner.RunAll(DomainChecks.All, snapshot).Single(f => f.CheckId == "MtaStsEnforced");
        finding.Outcome.ShouldBe(Outcome.Fail);
    }

    [NsdFact]
    public async Task Every_message_ends_with_one_full_stop()
    {
        foreach (var domain in new[] { "good.test", "broken.test", "limits.test", "loop.test", "nullmx.test", "quirks.test", "space.test", "elsewhere.example" })
        {
            foreach (var finding in (await Check(domain)).Values.SelectMany(f => f))
            {
                finding.Detail.ShouldEndWith(".", customMessage: $"{domain} {finding.CheckId}: {finding.Detail}");
                finding.Detail.ShouldNotEndWith("..", customMessage: $"{domain} {finding.CheckId}: {finding.Detail}");
            }
        }
    }

    [NsdFact]
    public async Task A_domain_that_does_not_exist_is_an_input_error_unless_allowed()
    {
        var settings = new DomainCheckSettings(new CheckRunSettings(RecommendationCatalog.BuiltIn, TimeProvider.System, new DateOnly(2026, 3, 2)))
        {
            DnsServer = fixture.Dns.EndPoint,
        };

        var refused = await DomainCheck.RunAsync("missing.test", settings, CancellationToken.None);
        var allowed = await DomainCheck.RunAsync("missing.test", settings with { AllowMissing = true }, CancellationToken.None);

        refused.Success.ShouldBeFalse();
        var error = refused.Errors.ShouldHaveSingleItem();
        error.Source.ShouldBe("missing.test");
        error.Message.ShouldContain("does not exist");
        error.Message.ShouldContain("--allow-missing");
        allowed.Success.ShouldBeTrue();
    }

    private static Outcome OutcomeOf(Dictionary<string, List<Finding>> findings, string checkId) =>
        findings[checkId].ShouldHaveSingleItem().Outcome;
}
