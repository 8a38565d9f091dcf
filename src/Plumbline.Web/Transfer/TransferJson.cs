using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ReadRequiredAsOptional } },
    };

    // A missing required property would fail inside the serializer with the .NET type's name; read as null instead, it
    // is reported by DocumentFields with its JSON path, the same way as a property that is there but null.
    private static void ReadRequiredAsOptional(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.IsRequired = false;
        }
    }
}
