using System.Text.Json;
using System.Text.Json.Serialization;
using Plumbline.Checks.Vulnerabilities.Osv;

namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>The index files' JSON (camelCase, enums by name, nulls left out), generated at build time: no reflection,
/// so the native build reads and writes the same files.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IndexMetadata))]
[JsonSerializable(typeof(Advisory))]
internal sealed partial class VulnIndexJson : JsonSerializerContext;
