namespace Plumbline.Checks.Tests.Domain;

/// <summary>Zone files for good and broken domain setups, written here rather than kept as blobs.
/// Addresses are documentation ranges (never contacted) except mta-sts hosts, which point at the test's Kestrel.</summary>
internal static class ZoneFixtures
{
    public static string Zone(string origin, params string[] records) =>
        $"""
        $ORIGIN {origin}.
        $TTL 300
        @ IN SOA ns1.{origin}. hostmaster.{origin}. 2026010101 3600 600 86400 300
        {string.Join("\n", records)}

        """;

    /// <summary>Everything right: MX, SPF through an include, DMARC reject with reports, a DKIM key, MTA-STS enforce,
    /// TLS-RPT, CAA, two nameservers on separate networks; signed with DNSSEC by the fixture.</summary>
    public static string Good => Zone(
        "good.test",
        "@ IN NS ns1.good.test.",
        "@ IN NS ns2.good.test.",
        "ns1 IN A 192.0.2.53",
        "ns2 IN A 198.51.100.53",
        "@ IN MX 10 mail.good.test.",
        "mail IN A 192.0.2.25",
        "@ IN TXT \"v=spf1 mx include:_spf.good.test -all\"",
        "@ IN TXT \"google-site-verification=fixture-not-a-real-token\"",
        "_spf IN TXT \"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all\"",
        "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@good.test\"",
        "selector1._domainkey IN TXT \"v=DKIM1; k=ed25519; p=Zml4dHVyZS1rZXktbm90LXJlYWwtZml4dHVyZS1rZXk=\"",
        "_mta-sts IN TXT \"v=STSv1; id=20260101T000000\"",
        "mta-sts IN A 127.0.0.1",
        "_smtp._tls IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@good.test\"",
        "@ IN CAA 0 issue \"letsencrypt.org\"",
        "@ IN CAA 0 iodef \"mailto:security@good.test\"");

    /// <summary>The policy file served at mta-sts.good.test.</summary>
    public const string GoodMtaStsPolicy = "version: STSv1\r\nmode: enforce\r\nmx: mail.good.test\r\nmax_age: 604800\r\n";

    /// <summary>Two SPF records, DMARC p=none without reports, no DKIM at all, one nameserver, nothing else.</summary>
    public static string Broken => Zone(
        "broken.test",
        "@ IN NS ns1.broken.test.",
        "ns1 IN A 192.0.2.54",
        "@ IN MX 10 mail.broken.test.",
        "mail IN A 192.0.2.26",
        "@ IN TXT \"v=spf1 mx -all\"",
        "@ IN TXT \"v=spf1 include:_spf.elsewhere.test ~all\"",
        "_dmarc IN TXT \"v=DMARC1; p=none\"");

    /// <summary>An SPF policy needing 11 lookups with 3 void ones; DMARC quarantine at pct=25 with sp=none.</summary>
    public static string Limits => Zone(
        "limits.test",
        "@ IN NS ns1.limits.test.",
        "@ IN NS ns1.other-dns.test.",
        "ns1 IN A 192.0.2.55",
        "@ IN MX 10 mail.limits.test.",
        "mail IN A 192.0.2.27",
        "@ IN TXT \"v=spf1 include:a.limits.test include:b.limits.test include:c.limits.test a:gone1.limits.test a:gone2.limits.test a:gone3.limits.test mx include:g.limits.test ~all\"",
        "a IN TXT \"v=spf1 include:d.limits.test include:e.limits.test -all\"",
        "b IN TXT \"v=spf1 include:f.limits.test -all\"",
        "c IN TXT \"v=spf1 ip4:192.0.2.3 -all\"",
        "d IN TXT \"v=spf1 ip4:192.0.2.4 -all\"",
        "e IN TXT \"v=spf1 ip4:192.0.2.5 -all\"",
        "f IN TXT \"v=spf1 ip4:192.0.2.6 -all\"",
        "g IN TXT \"v=spf1 ip4:192.0.2.7 -all\"",
        "_dmarc IN TXT \"v=DMARC1; p=quarantine; pct=25; sp=none; rua=mailto:d@limits.test\"",
        "_domainkey IN TXT \"o=~\"");

    /// <summary>An include loop, +all in the loop partner, a syntax error in the apex record, and MTA-STS in testing mode
    /// with a policy that misses an MX host.</summary>
    public static string Loop => Zone(
        "loop.test",
        "@ IN NS ns1.loop.test.",
        "@ IN NS ns2.loop.test.",
        "ns1 IN A 192.0.2.56",
        "ns2 IN A 192.0.2.58",
        "@ IN MX 10 mail.loop.test.",
        "@ IN MX 20 backup.loop.test.",
        "@ IN TXT \"v=spf1 include:a.loop.test ip4:300.1.1.1 ?all\"",
        "a IN TXT \"v=spf1 include:loop.test +all\"",
        "_mta-sts IN TXT \"v=STSv1; id=1\"",
        "mta-sts IN A 127.0.0.1");

    /// <summary>The policy file served at mta-sts.loop.test: testing mode, one MX host missing.</summary>
    public const string LoopMtaStsPolicy = "version: STSv1\nmode: testing\nmx: mail.loop.test\nmax_age: 86400\n";

    /// <summary>A parked domain done right: null MX, SPF -all, DMARC reject.</summary>
    public static string NullMx => Zone(
        "nullmx.test",
        "@ IN NS ns1.nullmx.test.",
        "@ IN NS ns2.nullmx.test.",
        "ns1 IN A 192.0.2.57",
        "ns2 IN A 203.0.113.57",
        "@ IN MX 0 .",
        "@ IN TXT \"v=spf1 -all\"",
        "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@nullmx.test\"");

    /// <summary>Records the RFCs allow that a strict reader gets wrong: DMARC with tags RFC 7489 does not define (t=, xyz=),
    /// an upper-case SPF macro, and no MX but an address record (mail goes there). Its DMARC reports go to
    /// other-dns.test, which has not authorized them.</summary>
    public static string Quirks => Zone(
        "quirks.test",
        "@ IN NS ns1.quirks.test.",
        "ns1 IN A 192.0.2.60",
        "@ IN A 192.0.2.80",
        "@ IN TXT \"v=spf1 a exp=%{S}.explain.quirks.test -all\"",
        "_dmarc IN TXT \"v=DMARC1; p=reject; t=y; xyz=foo; rua=mailto:dmarc@other-dns.test\"");

    /// <summary>DMARC reports sent to other-dns.test, which authorizes them.</summary>
    public static string Authorized => Zone(
        "authorized.test",
        "@ IN NS ns1.authorized.test.",
        "ns1 IN A 192.0.2.61",
        "@ IN MX 0 .",
        "@ IN TXT \"v=spf1 -all\"",
        "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@other-dns.test\"");

    /// <summary>An SPF include with a space after the colon: a syntax error, not a loop.</summary>
    public static string Space => Zone(
        "space.test",
        "@ IN NS ns1.space.test.",
        "ns1 IN A 192.0.2.62",
        "@ IN MX 10 mail.space.test.",
        "mail IN A 192.0.2.28",
        "@ IN TXT \"v=spf1 include: example.com -all\"");

    /// <summary>MTA-STS announced, with the policy host on 127.0.0.1: the test serves it there, a byte at a time.</summary>
    public static string Trickle => Zone(
        "trickle.test",
        "@ IN NS ns1.trickle.test.",
        "ns1 IN A 192.0.2.63",
        "@ IN MX 10 mail.trickle.test.",
        "mail IN A 192.0.2.29",
        "_mta-sts IN TXT \"v=STSv1; id=1\"",
        "mta-sts IN A 127.0.0.1");

    /// <summary>The parent zone: delegations to every child, and the DS of good.test (added by the fixture).</summary>
    public static string Parent(string goodDs) => Zone(
        "test",
        "@ IN NS ns1.test.",
        "ns1 IN A 192.0.2.1",
        "good IN NS ns1.good.test.",
        "ns1.good IN A 192.0.2.53",
        goodDs,
        "broken IN NS ns1.broken.test.",
        "ns1.broken IN A 192.0.2.54",
        "limits IN NS ns1.limits.test.",
        "ns1.limits IN A 192.0.2.55",
        "loop IN NS ns1.loop.test.",
        "ns1.loop IN A 192.0.2.56",
        "nullmx IN NS ns1.nullmx.test.",
        "ns1.nullmx IN A 192.0.2.57",
        "other-dns IN NS ns1.other-dns.test.",
        "ns1.other-dns IN A 192.0.2.99",
        "quirks IN NS ns1.quirks.test.",
        "ns1.quirks IN A 192.0.2.60",
        "authorized IN NS ns1.authorized.test.",
        "ns1.authorized IN A 192.0.2.61",
        "space IN NS ns1.space.test.",
        "ns1.space IN A 192.0.2.62",
        "trickle IN NS ns1.trickle.test.",
        "ns1.trickle IN A 192.0.2.63");

    /// <summary>A second DNS provider's zone, for the limits.test nameserver on the same /24; it agrees to receive the
    /// DMARC reports of authorized.test (and not those of quirks.test).</summary>
    public static string OtherDns => Zone(
        "other-dns.test",
        "@ IN NS ns1.other-dns.test.",
        "ns1 IN A 192.0.2.99",
        "authorized.test._report._dmarc IN TXT \"v=DMARC1\"");
}
