using Plumbline.Checks.Domain;
using Plumbline.Checks.Domain.Spf;

namespace Plumbline.Checks.Tests.Domain;

public sealed class SpfEvaluatorTests
{
    private static async Task<SpfEvaluation> Evaluate(FakeDns dns, string domain = "example.test")
    {
        var apex = await dns.TxtAsync(domain, CancellationToken.None);
        return await new SpfEvaluator(dns).EvaluateAsync(domain, apex, CancellationToken.None);
    }

    [Fact]
    public async Task Lookups_are_counted_through_nested_includes_and_redirects()
    {
        var dns = new FakeDns()
            .Txt("example.test", "v=spf1 mx include:a.example.test redirect=r.example.test")
            .Mx("example.test", "10 mail.example.test.")
            .Txt("a.example.test", "v=spf1 include:b.example.test a")
            .A("a.example.test", "192.0.2.1")
            .Txt("b.example.test", "v=spf1 ip4:192.0.2.0/24")
            .Txt("r.example.test", "v=spf1 exists:x.example.test -all")
            .A("x.example.test", "127.0.0.2");

        var spf = await Evaluate(dns);

        // mx, include:a, (a: include:b, a), redirect, (r: exists) = 6
        spf.Lookups.ShouldBe(6);
        spf.VoidLookups.ShouldBe(0);
        spf.Problems.ShouldBeEmpty();
        spf.EffectiveAll.ShouldBe(SpfQualifier.Fail);
        spf.Steps.Select(s => s.Domain).ShouldBe(["example.test", "a.example.test", "b.example.test", "r.example.test"]);
    }

    [Fact]
    public async Task Redirect_is_ignored_when_the_record_has_all()
    {
        var dns = new FakeDns().Txt("example.test", "v=spf1 redirect=r.example.test ~all");

        var spf = await Evaluate(dns);

        spf.Lookups.ShouldBe(0);
        spf.EffectiveAll.ShouldBe(SpfQualifier.SoftFail);
    }

    [Fact]
    public async Task Empty_answers_count_as_void_lookups()
    {
        var dns = new FakeDns().Txt("example.test", "v=spf1 a:gone1.example.test a:gone2.example.test mx:gone3.example.test -all");

        var spf = await Evaluate(dns);

        spf.Lookups.ShouldBe(3);
        spf.VoidLookups.ShouldBe(3);
    }

    [Fact]
    public async Task Include_loops_are_found_and_not_followed_forever()
    {
        var dns = new FakeDns()
            .Txt("example.test", "v=spf1 include:a.example.test -all")
            .Txt("a.example.test", "v=spf1 include:example.test -all");

        var spf = await Evaluate(dns);

        spf.Loops.ShouldHaveSingleItem().ShouldBe("example.test → a.example.test → example.test");
        dns.Queries.ShouldBeLessThan(5);
    }

    [Fact]
    public async Task An_include_without_an_spf_record_is_a_problem()
    {
        var dns = new FakeDns()
            .Txt("example.test", "v=spf1 include:nospf.example.test -all")
            .Txt("nospf.example.test", "some other text");

        var spf = await Evaluate(dns);

        spf.Problems.ShouldHaveSingleItem().ShouldContain("has no SPF record");
    }

    [Fact]
    public async Task Syntax_errors_in_included_records_are_problems()
    {
        var dns = new FakeDns()
            .Txt("example.test", "v=spf1 include:bad.example.test -all")
            .Txt("bad.example.test", "v=spf1 ip4:1.2.3 -all");

        var spf = await Evaluate(dns);

        spf.Problems.ShouldHaveSingleItem().ShouldContain("bad.example.test");
    }

    [Fact]
    public async Task Two_spf_records_are_reported_without_being_evaluated()
    {
        var dns = new FakeDns().Txt("example.test", "v=spf1 -all", "v=spf1 mx ~all");

        var spf = await Evaluate(dns);

        spf.Records.Count.ShouldBe(2);
        spf.Record.ShouldBeNull();
    }

    [Fact]
    public async Task A_chain_far_beyond_the_limit_stops_querying()
    {
        var dns = new FakeDns();
        for (var i = 0; i < 100; i++)
        {
            dns.Txt($"n{i}.example.test", $"v=spf1 include:n{i + 1}.example.test include:m{i}.example.test -all");
            dns.Txt($"m{i}.example.test", "v=spf1 ip4:192.0.2.1 -all");
        }

        dns.Txt("example.test", "v=spf1 include:n0.example.test -all");

        var spf = await Evaluate(dns);

        spf.Lookups.ShouldBeGreaterThan(SpfEvaluation.LookupLimit);
        dns.Queries.ShouldBeLessThanOrEqualTo(45);
    }
}
