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
    [InlineData("v=DMARC1; p=none; fo=invalid_value", "fo=invalid_value")]
    [InlineData("v=DMARC1; p=none; rua=mailto:not-an-address", "not a mailto")]
    public void Errors_are_named(string text, string expected) =>
        DmarcParser.Parse(text).Errors.ShouldContain(e => e.Contains(expected));

    [Theory]
    [InlineData("v=DMARC1; p=reject; xyz=foo")]
    [InlineData("v=DMARC1; p=reject; t=y")]
    [InlineData("v=DMARC1; p=reject; fo=0:1:d:s; rua=mailto:dmarc@example.test!10m")]
    public void Unknown_tags_are_ignored_and_valid_options_accepted(string text)
    {
        var dmarc = DmarcParser.Parse(text);

        dmarc.IsValid.ShouldBeTrue(string.Join("; ", dmarc.Errors));
    }

    [Theory]
    [InlineData("example.test", "reports.example.test", true)]
    [InlineData("shop.example.test", "example.test", true)]
    [InlineData("example.co.uk", "other.co.uk", false)]
    [InlineData("example.test", "vendor.example", false)]
    public void Report_domains_of_one_organization_need_no_authorization(string a, string b, bool same) =>
        DmarcParser.SameOrganization(a, b).ShouldBe(same);
}
