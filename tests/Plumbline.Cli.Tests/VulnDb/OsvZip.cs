using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Plumbline.Cli.Tests.VulnDb;

/// <summary>all.zip-shaped archives of OSV advisories written for the tests (made-up ids).</summary>
internal static class OsvZip
{
    public static byte[] Of(string ecosystem, params (string Id, string Package, string Fixed)[] advisories)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (id, package, fixedIn) in advisories)
            {
                var doc = new JsonObject
                {
                    ["id"] = id,
                    ["modified"] = "2026-01-01T00:00:00Z",
                    ["affected"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["package"] = new JsonObject { ["ecosystem"] = ecosystem, ["name"] = package },
                            ["ranges"] = new JsonArray
                            {
                                new JsonObject
                                {
                                    ["type"] = "ECOSYSTEM",
                                    ["events"] = new JsonArray { new JsonObject { ["introduced"] = "0" }, new JsonObject { ["fixed"] = fixedIn } },
                                },
                            },
                        },
                    },
                };
                using var stream = zip.CreateEntry($"{id}.json").Open();
                stream.Write(Encoding.UTF8.GetBytes(doc.ToJsonString()));
            }
        }

        return buffer.ToArray();
    }
}
