using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Domain;

/// <summary>The report's metrics and tables for a domain: what was found, in numbers and records.</summary>
public static class DomainSummary
{
    /// <summary>The <c>metrics.domain</c> object of the JSON report.</summary>
    public static JsonObject Metrics(DomainSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dmarc = s.DmarcPolicy;
        return new JsonObject
        {
            ["domain"] = s.Domain,
            ["mx"] = new JsonArray([.. s.MxHosts.Select(h => (JsonNode)JsonValue.Create(h))]),
            ["nullMx"] = s.HasNullMx,
            ["spfRecords"] = s.Spf.Records.Count,
            ["spfLookups"] = s.Spf.Lookups,
            ["spfVoidLookups"] = s.Spf.VoidLookups,
            ["dmarcPolicy"] = dmarc?.Policy,
            ["dmarcPercent"] = dmarc?.Percent,
            ["dkimSelectors"] = new JsonArray([.. s.Dkim.Where(p => p.HasKey).Select(p => (JsonNode)JsonValue.Create(p.Selector))]),
            ["mtaStsMode"] = s.MtaStsPolicy?.Policy?.Mode,
            ["caa"] = s.Caa.Status == DnsStatus.Found,
            ["dnssecSigned"] = s.DnsKey.Status == DnsStatus.Found,
            ["nameservers"] = s.NameServers.Count,
        };
    }

    /// <summary>A table of the records that matter, as found.</summary>
    public static MetricTable Records(DomainSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var rows = new List<IReadOnlyList<string>>();
        void Add(string what, DnsAnswer answer, IEnumerable<string> values)
        {
            var list = values.ToList();
            var shown = answer.Status switch
            {
                DnsStatus.Failed => [$"lookup failed: {answer.Error}"],
                _ when list.Count == 0 => ["(none)"],
                _ => list,
            };
            foreach (var v in shown)
            {
                rows.Add([what, answer.Name, v.Length > 120 ? v[..117] + "..." : v]);
            }
        }

        Add("MX", s.Mx, s.Mx.Records);
        Add("SPF", s.ApexTxt, s.Spf.Records);
        Add("DMARC", s.Dmarc, s.DmarcRecords);
        foreach (var probe in s.Dkim.Where(p => p.HasKey || p.Configured))
        {
            Add($"DKIM ({probe.Selector})", probe.Answer, probe.Record is { } r ? [r] : []);
        }

        if (!s.Dkim.Any(p => p.HasKey || p.Configured))
        {
            rows.Add(["DKIM", s.DkimParent.Name, s.DkimParent.Status == DnsStatus.NameNotFound ? "(none: the name does not exist)" : "(none at the common selectors)"]);
        }

        Add("MTA-STS", s.MtaStsTxt, s.MtaStsTxt.Records);
        Add("TLS-RPT", s.TlsRpt, s.TlsRpt.Records);
        Add("CAA", s.Caa, s.Caa.Records);
        Add("NS", s.Ns, s.NameServers.Select(n => $"{n.Name} ({string.Join(", ", n.Addresses)})"));
        Add("DNSKEY", s.DnsKey, s.DnsKey.Records);
        Add("DS", s.Ds, s.Ds.Records);
        return new MetricTable("dns-records", "DNS records", ["Record", "Name", "Value"], rows)
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"SPF needs {s.Spf.Lookups} of 10 DNS lookups ({s.Spf.VoidLookups} void). DKIM selectors probed: {string.Join(", ", s.Dkim.Select(p => p.Selector))}."),
        };
    }
}
