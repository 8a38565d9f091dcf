using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Plumbline.Checks.Toml;

/// <summary>Source-generated reading of the untyped TOML model, so the native (AOT) build reads TOML without reflection.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlModelContext : TomlSerializerContext
{
    public TomlModelContext(TomlSerializerOptions options)
        : base(options)
    {
    }
}
