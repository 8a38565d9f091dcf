using Plumbline.Checks.Domain.Spf;

namespace Plumbline.Checks.Tests.Domain;

public sealed class SpfParserTests
{
    [Fact]
    public void A_typical_record_parses_into_qualified_terms()
    {
        var record = SpfParser.Parse("v=spf1 mx a:mail.example.com/24 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.net ~all");

        record.IsValid.ShouldBeTrue(string.Join("; ", record.Errors));
        record.Terms.Select(t => t.Name).ShouldBe(["mx", "a", "ip4", "ip6", "include", "all"]);
        record.Terms.Single(t => t.Name == "a").Argument.ShouldBe("mail.example.com");
        record.All!.Qualifier.ShouldBe(SpfQualifier.SoftFail);
        record.Terms.Count(t => t.CountsLookup).ShouldBe(3);
    }

    [Theory]
    [InlineData("v=spf1 -all", SpfQualifier.Fail)]
    [InlineData("v=spf1 +all", SpfQualifier.Pass)]
    [InlineData("v=spf1 all", SpfQualifier.Pass)]
    [InlineData("v=spf1 ?all", SpfQualifier.Neutral)]
    [InlineData("v=spf1 ~all", SpfQualifier.SoftFail)]
    public void The_all_qualifier_is_read(string text, SpfQualifier expected) =>
        SpfParser.Parse(text).All!.Qualifier.ShouldBe(expected);

    [Theory]
    [InlineData("v=spf1 ip4:300.1.1.1 -all", "not an IPv4 address")]
    [InlineData("v=spf1 ip4:192.0.2.0/33 -all", "prefix length")]
    [InlineData("v=spf1 ip6:192.0.2.1 -all", "not an IPv6 address")]
    [InlineData("v=spf1 include -all", "needs a domain")]
    [InlineData("v=spf1 include:nodots -all", "not a valid domain")]
    [InlineData("v=spf1 foo:bar -all", "unknown mechanism 'foo'")]
    [InlineData("v=spf1 -all:x", "takes no argument")]
    [InlineData("v=spf1 redirect=a.example redirect=b.example", "more than once")]
    [InlineData("v=spf1 a/99 -all", "prefix length")]
    [InlineData("v=spf1 exists:%{z}.example.com -all", "bad macro")]
    [InlineData("v=spf1 include: example.com -all", "needs a domain")]
    [InlineData("spf1 -all", "v=spf1")]
    public void Syntax_errors_name_the_term(string text, string expected)
    {
        var record = SpfParser.Parse(text);

        record.IsValid.ShouldBeFalse();
        record.Errors.ShouldContain(e => e.Contains(expected));
    }

    [Fact]
    public void Macros_and_unknown_modifiers_are_valid()
    {
        var record = SpfParser.Parse("v=spf1 exists:%{i}._spf.%{d} moo=bar -all");

        record.IsValid.ShouldBeTrue(string.Join("; ", record.Errors));
    }

    [Theory]
    [InlineData("v=spf1 -all", true)]
    [InlineData("v=spf1", true)]
    [InlineData("V=SPF1 mx -all", true)]
    [InlineData("v=spf10 -all", false)]
    [InlineData("google-site-verification=abc", false)]
    public void Spf_records_are_told_from_other_txt_records(string text, bool expected) =>
        SpfRecord.IsSpf(text).ShouldBe(expected);

    [Theory]
    [InlineData("v=spf1 exp=%{S}.explain.example.com -all")]
    [InlineData("v=spf1 exists:%{IR}.%{L1R}.%{d}._spf.example.com -all")]
    public void Upper_case_macros_are_valid(string text) =>
        SpfParser.Parse(text).Errors.ShouldBeEmpty();
}
