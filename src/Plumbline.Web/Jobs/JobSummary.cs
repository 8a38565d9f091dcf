using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Reports.Model;

namespace Plumbline.Web.Jobs;

/// <summary>The line the Audits page shows for a finished job: the headline numbers of its report's metrics.</summary>
internal static class JobSummary
{
    public const int MaxLength = 200;

    public static string Of(Report report)
    {
        var m = report.Metrics;
        var parts = new List<string>();
        if (m["site"] is JsonObject site)
        {
            parts.Add($"Grade {site["grade"]} ({site["score"]}/100)");
        }
        else if (m["host"] is JsonObject host)
        {
            parts.Add($"{host["open"]} open of {host["tried"]} ports tried on {host["addresses"]} address(es)");
        }
        else if (m["domain"] is JsonObject domain)
        {
            parts.Add("DMARC " + (domain["dmarcPolicy"]?.ToString() ?? "missing"));
            parts.Add($"SPF {domain["spfLookups"]} of 10 lookups");
            parts.Add(domain["dnssecSigned"]?.GetValue<bool>() == true ? "DNSSEC signed" : "DNSSEC unsigned");
        }
        else
        {
            if (m["lines"]?["code"] is JsonNode code)
            {
                // The language with the most code that is a programming language, not JSON, YAML or Markdown.
                var main = (m["languages"] as JsonArray)?.FirstOrDefault(l => l?["data"]?.GetValue<bool>() != true);
                var top = main is null ? string.Empty : $", mostly {main["name"]}";
                parts.Add($"{code.GetValue<long>().ToString("N0", CultureInfo.InvariantCulture)} lines of code{top}");
            }

            if (m["truckFactor"] is JsonNode truck)
            {
                parts.Add($"truck factor {truck}");
            }

            if (m["vulnerabilities"]?["vulnerablePackages"] is JsonNode vulnerable)
            {
                parts.Add($"{vulnerable} vulnerable package(s)");
            }
        }

        var failing = report.Findings.Count(f => f.Outcome == Outcome.Fail);
        parts.Add($"{failing} of {report.Findings.Count} checks fail");
        var line = string.Join("; ", parts);
        return line.Length > MaxLength ? line[..(MaxLength - 1)] + "…" : line;
    }
}
