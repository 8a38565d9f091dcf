using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Host;

/// <summary>The report's metrics and services table for a host check.</summary>
public static class HostSummary
{
    /// <summary>The <c>metrics.host</c> object of the JSON report.</summary>
    public static JsonObject Metrics(HostSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new JsonObject
        {
            ["targets"] = new JsonArray([.. s.Targets.Select(t => (JsonNode)t)]),
            ["addresses"] = s.Addresses.Count,
            ["ports"] = s.Ports.Count,
            ["tried"] = s.Tried,
            ["open"] = s.Open.Count,
            ["closed"] = s.Closed,
            ["filtered"] = s.Filtered,
            ["services"] = new JsonArray([.. s.Open.Select(p => (JsonNode)new JsonObject
            {
                ["address"] = p.Host.Address.ToString(),
                ["name"] = p.Host.Name,
                ["port"] = p.Port,
                ["service"] = p.Service.Service,
                ["identified"] = p.Service.Identified,
                ["product"] = p.Service.Product,
                ["version"] = p.Service.Version,
            })]),
        };
    }

    /// <summary>One row per open port: what answered, and what it said.</summary>
    public static MetricTable Services(HostSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var rows = s.Open.Select(p => (IReadOnlyList<string>)
        [
            p.Endpoint,
            p.Service.Identified ? p.Service.Service : p.Service.Service + "?",
            p.Service.ProductAndVersion ?? string.Empty,
            string.Join("; ", p.Service.Evidence.Take(3)),
        ]).ToList();
        return new MetricTable("host-services", "Open ports and services", ["Endpoint", "Service", "Product", "What it said"], rows)
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"{s.Tried} connections tried: {s.Open.Count} open, {s.Closed} closed, {s.Filtered} filtered (no answer in time). A '?' marks a service named by its port only."),
        };
    }
}
