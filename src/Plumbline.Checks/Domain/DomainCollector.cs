using DnsClient;
using DnsClient.Protocol;
using Plumbline.Checks.Domain.Dmarc;
using Plumbline.Checks.Domain.Spf;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Domain;

/// <summary>Asks DNS everything the domain checks need, and fetches the MTA-STS policy, into a <see cref="DomainSnapshot"/>.</summary>
public sealed class DomainCollector
{
    private readonly DnsQuerier _dns;
    private readonly DomainCollectorOptions _options;

    public DomainCollector(DnsQuerier dns, DomainCollectorOptions options)
    {
        _dns = dns;
        _options = options;
    }

    /// <summary>Collects the snapshot. DNS failures are recorded in the answers, never thrown.</summary>
    public async Task<DomainSnapshot> CollectAsync(string domain, CancellationToken cancellationToken)
    {
        var apexTxt = _dns.TxtAsync(domain, cancellationToken);
        var mx = _dns.MxAsync(domain, cancellationToken);
        var addresses = _dns.AddressesAsync(domain, cancellationToken);
        var dmarc = _dns.TxtAsync($"_dmarc.{domain}", cancellationToken);
        var dkimParent = _dns.TxtAsync($"_domainkey.{domain}", cancellationToken);
        var mtaSts = _dns.TxtAsync($"_mta-sts.{domain}", cancellationToken);
        var tlsRpt = _dns.TxtAsync($"_smtp._tls.{domain}", cancellationToken);
        var ns = _dns.QueryAsync(domain, QueryType.NS, cancellationToken);
        var dnskey = _dns.QueryWithResponseAsync(domain, QueryType.DNSKEY, cancellationToken);
        var ds = _dns.QueryAsync(domain, QueryType.DS, cancellationToken);
        var caa = ClimbForCaaAsync(domain, cancellationToken);
        var dkim = ProbeDkimAsync(domain, cancellationToken);
        await Task.WhenAll(apexTxt, mx, addresses, dmarc, dkimParent, mtaSts, tlsRpt, ns, dnskey, ds, caa, dkim).ConfigureAwait(false);

        var spf = await new SpfEvaluator(_dns).EvaluateAsync(domain, apexTxt.Result, cancellationToken).ConfigureAwait(false);
        var nameServers = await ResolveNameServersAsync(ns.Result, cancellationToken).ConfigureAwait(false);
        var (keyAnswer, keyResponse) = dnskey.Result;
        var signatures = keyResponse?.Answers.OfType<RRSigRecord>().Any(s => s.CoveredType == ResourceRecordType.DNSKEY) ?? false;
        var snapshot = new DomainSnapshot
        {
            Domain = domain,
            ApexTxt = apexTxt.Result,
            Mx = mx.Result,
            Addresses = addresses.Result,
            Spf = spf,
            Dmarc = dmarc.Result,
            DkimParent = dkimParent.Result,
            Dkim = dkim.Result,
            MtaStsTxt = mtaSts.Result,
            TlsRpt = tlsRpt.Result,
            Caa = caa.Result,
            Ns = ns.Result,
            NameServers = nameServers,
            DnsKey = keyAnswer,
            Ds = ds.Result,
            SignaturesSeen = signatures,
            AuthenticatedData = keyResponse?.Header.IsAuthenticData ?? false,
        };
        snapshot = snapshot with { DmarcReportAuthorizations = await AuthorizeReportsAsync(snapshot, cancellationToken).ConfigureAwait(false) };

        if (mtaSts.Result.Records.Any(r => r.StartsWith("v=STSv1", StringComparison.Ordinal)))
        {
            snapshot = snapshot with { MtaStsPolicy = await FetchMtaStsPolicyAsync(domain, cancellationToken).ConfigureAwait(false) };
        }

        return snapshot;
    }

    /// <summary>A quick question to tell an unreachable DNS server from a domain with problems, and a domain that does
    /// not exist (NXDOMAIN) from one without records.</summary>
    public async Task<ServerCheck> ProbeServerAsync(string domain, CancellationToken cancellationToken)
    {
        var answer = await _dns.QueryAsync(domain, QueryType.SOA, cancellationToken).ConfigureAwait(false);
        var problem = answer.Failed && answer.Error is { } error && !error.Contains("answered", StringComparison.Ordinal) ? error : null;
        return new ServerCheck(problem, answer.Status != DnsStatus.NameNotFound);
    }

    // Report addresses at another domain need that domain's consent (RFC 7489 section 7.1), or receivers send nothing.
    private async Task<IReadOnlyList<DmarcReportAuthorization>> AuthorizeReportsAsync(DomainSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.DmarcPolicy is not { } dmarc)
        {
            return [];
        }

        var external = dmarc.AggregateReports.Concat(dmarc.FailureReports)
            .Select(DmarcParser.ReportDomain)
            .OfType<string>()
            .Where(d => !DmarcParser.SameOrganization(d, snapshot.Domain))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var answers = external.Select(async d =>
            new DmarcReportAuthorization(d, await _dns.TxtAsync($"{snapshot.Domain}._report._dmarc.{d}", cancellationToken).ConfigureAwait(false)));
        return await Task.WhenAll(answers).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<DkimProbe>> ProbeDkimAsync(string domain, CancellationToken cancellationToken)
    {
        var configured = _options.DkimSelectors.Select(s => (Selector: s, Configured: true));
        var common = DomainCollectorOptions.CommonSelectors
            .Where(s => !_options.DkimSelectors.Contains(s, StringComparer.OrdinalIgnoreCase))
            .Select(s => (Selector: s, Configured: false));
        var probes = configured.Concat(common).Select(async p =>
            new DkimProbe(p.Selector, await _dns.TxtAsync($"{p.Selector}._domainkey.{domain}", cancellationToken).ConfigureAwait(false), p.Configured));
        return await Task.WhenAll(probes).ConfigureAwait(false);
    }

    private async Task<DnsAnswer> ClimbForCaaAsync(string domain, CancellationToken cancellationToken)
    {
        var name = domain;
        DnsAnswer? first = null;
        while (true)
        {
            var answer = await _dns.QueryAsync(name, QueryType.CAA, cancellationToken).ConfigureAwait(false);
            first ??= answer;
            if (answer.Status == DnsStatus.Found || answer.Failed)
            {
                return answer;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var parent = dot < 0 ? string.Empty : name[(dot + 1)..];
            // Stop at the top-level domain: registries do not publish CAA for their customers.
            if (!parent.Contains('.', StringComparison.Ordinal))
            {
                return first;
            }

            name = parent;
        }
    }

    private async Task<IReadOnlyList<NameServer>> ResolveNameServersAsync(DnsAnswer ns, CancellationToken cancellationToken)
    {
        var servers = ns.Records.Select(r => r.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).Select(async name =>
        {
            var addresses = await _dns.AddressesAsync(name, cancellationToken).ConfigureAwait(false);
            return new NameServer(name, addresses.Records);
        });
        return await Task.WhenAll(servers).ConfigureAwait(false);
    }

    private async Task<MtaStsFetch> FetchMtaStsPolicyAsync(string domain, CancellationToken cancellationToken)
    {
        var port = _options.MtaStsPort == 443 ? string.Empty : $":{_options.MtaStsPort}";
        var url = new Uri($"https://mta-sts.{domain}{port}/.well-known/mta-sts.txt");
        // The policy host is looked up where the rest of the domain is; redirects must not be followed (RFC 8461 3.3).
        var network = _options.Network with
        {
            MaxRedirects = 0,
            MaxResponseBytes = 64 * 1024,
            Guard = _options.Network.Guard.WithResolver(_dns.ResolveAsync),
        };
        using var fetcher = new HttpFetcher(network);
        var result = await fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var response = result.Hops.Count > 0 ? result.Hops[^1] : null;
        if (response is null)
        {
            return new MtaStsFetch(url.ToString(), null, null, result.Error, null);
        }

        if (response.Status != 200)
        {
            var why = response.IsRedirect ? "redirects, which senders must not follow" : "did not return 200";
            return new MtaStsFetch(url.ToString(), response.Status, null, $"HTTP {response.Status}: the policy URL {why}", null);
        }

        return new MtaStsFetch(url.ToString(), 200, response.Body, null, MtaStsPolicy.Parse(response.Body));
    }
}
