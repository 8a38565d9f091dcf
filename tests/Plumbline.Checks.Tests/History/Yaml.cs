using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.History;

internal static class Yaml
{
    /// <summary>Parses YAML text into a mapping, as plumbline.yml's history section would arrive.</summary>
    public static YamlMappingNode Section(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
