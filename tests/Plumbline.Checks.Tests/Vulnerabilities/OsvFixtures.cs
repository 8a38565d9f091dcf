using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Plumbline.Checks.Tests.Vulnerabilities;

/// <summary>OSV-format advisories written for the tests (ids and CVE numbers are made up for the fixtures).</summary>
internal static class OsvFixtures
{
    public static JsonObject Advisory(
        string id,
        string ecosystem,
        string package,
        string introduced = "0",
        string? fixedIn = null,
        string? lastAffected = null,
        string[]? aliases = null,
        string? cvss = null,
        string? severity = null,
        string[]? versions = null,
        string rangeType = "ECOSYSTEM",
        string? withdrawn = null,
        string? summary = null)
    {
        var events = new JsonArray { new JsonObject { ["introduced"] = introduced } };
        if (fixedIn is not null) events.Add(new JsonObject { ["fixed"] = fixedIn });
        if (lastAffected is not null) events.Add(new JsonObject { ["last_affected"] = lastAffected });
        var affected = new JsonObject
        {
            ["package"] = new JsonObject { ["ecosystem"] = ecosystem, ["name"] = package },
            ["ranges"] = new JsonArray { new JsonObject { ["type"] = rangeType, ["events"] = events } },
        };
        if (versions is not null) affected["versions"] = new JsonArray([.. versions.Select(v => (JsonNode?)JsonValue.Create(v))]);
        var doc = new JsonObject
        {
            ["schema_version"] = "1.6.0",
            ["id"] = id,
            ["modified"] = "2026-01-02T03:04:05Z",
            ["summary"] = summary ?? $"Fixture advisory {id} for {package}",
            ["affected"] = new JsonArray { affected },
        };
        if (aliases is not null) doc["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode?)JsonValue.Create(a))]);
        if (cvss is not null) doc["severity"] = new JsonArray { new JsonObject { ["type"] = cvss.StartsWith("CVSS:4", StringComparison.Ordinal) ? "CVSS_V4" : "CVSS_V3", ["score"] = cvss } };
        if (severity is not null) doc["database_specific"] = new JsonObject { ["severity"] = severity };
        if (withdrawn is not null) doc["withdrawn"] = withdrawn;
        return doc;
    }

    /// <summary>An all.zip-shaped archive: one <c>ID.json</c> entry per advisory.</summary>
    public static byte[] Zip(params JsonObject[] advisories)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var a in advisories)
            {
                var entry = zip.CreateEntry($"{a["id"]}.json");
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(a.ToJsonString()));
            }
        }

        return buffer.ToArray();
    }

    public const string CriticalVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    public const string MediumVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N";
}
