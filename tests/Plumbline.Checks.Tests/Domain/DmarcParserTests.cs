using Plumbline.Checks.Domain.Dmarc;

namespace Plumbline.Checks.Tests.Domain;

public sealed class DmarcParserTests
{
    [Fact]
    public void A_full_record_is_read()
    {
        var dmarc = DmarcParser.Parse("v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:a@example.test,mailto:b@example.test; ruf=mailto:f@example.test; adkim=s");

        dmarc.IsValid.ShouldBeTrue(string.Join("; ", dmarc.Errors));
        dmarc.Policy.ShouldBe("quarantine");
        dmarc.SubdomainPolicy.ShouldBe("reject");
        dmarc.Percent.ShouldBe(50);
        dmarc.AggregateReports.ShouldBe(["mailto:a@example.test", "mailto:b@example.test"]);
        dmarc.FailureReports.ShouldHaveSingleItem();
    }

    [Fact]
    public void Subdomain_policy_defaults_to_the_domain_policy_and_pct_to_100()
    {
        var dmarc = DmarcParser.Parse("v=DMARC1; p=reject");

        dmarc.SubdomainPolicy.ShouldBe("reject");
        dmarc.HasSubdomainPolicy.ShouldBeFalse();
        dmarc.Percent.ShouldBe(100);
    }

    [Theory]
    [InlineData("v=DMARC1; sp=none", "'p' is missing")]
    [InlineData("v=DMARC1; p=block", "not none, quarantine or reject")]
    [InlineData("v=DMARC1; p=none; pct=150", "pct=150")]
    [InlineData("v=DMARC1; p=none; rua=dmarc@example.test", "not a mailto")]
    [InlineData("p=none; v=DMARC1", "must start with 'v=DMARC1'")]
    [InlineData("v=DMARC1; p=none; p=reject", "more than once")]
    [InlineData("v=DMARC1; p=none; xyz=1", "unknown tag")]
    public void Errors_are_named(string text, string expected) =>
        DmarcParser.Parse(text).Errors.ShouldContain(e => e.Contains(expected));
}
