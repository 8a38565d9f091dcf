using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plumbline.Web.Transfer;

/// <summary>The JSON settings of engagement documents: camelCase, enums by name, indented.</summary>
public static class TransferJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
