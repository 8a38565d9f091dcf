using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Plumbline.Reports.Json;

/// <summary>What the JSON report writer and reader agree on: the schema version and serializer settings.</summary>
public static class ReportJson
{
    /// <summary>The version of docs/report.schema.json the writer produces. Readers accept any 1.x.</summary>
    public const string SchemaVersion = "1.2";

    /// <summary>Indented output that keeps non-ASCII text readable but still escapes HTML-sensitive characters.</summary>
    internal static JsonSerializerOptions WriteOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
