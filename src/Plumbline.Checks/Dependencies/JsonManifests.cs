using System.Text.Json;

namespace Plumbline.Checks.Dependencies;

/// <summary>package.json (npm, yarn, pnpm) and composer.json.</summary>
internal static class JsonManifests
{
    public static List<Dependency> Npm(string text) =>
        Read(text, ["dependencies", "optionalDependencies"], ["devDependencies"], _ => true);

    public static List<Dependency> Composer(string text) =>
        Read(text, ["require"], ["require-dev"], name => name != "php" && !name.StartsWith("ext-", StringComparison.Ordinal) && !name.StartsWith("lib-", StringComparison.Ordinal));

    private static List<Dependency> Read(string text, string[] runtime, string[] dev, Func<string, bool> keep)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new ManifestParseException($"invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestParseException("expected a JSON object at the top");
            }

            var result = new List<Dependency>();
            foreach (var (section, isDev) in runtime.Select(s => (s, false)).Concat(dev.Select(s => (s, true))))
            {
                if (!doc.RootElement.TryGetProperty(section, out var deps))
                {
                    continue;
                }

                if (deps.ValueKind != JsonValueKind.Object)
                {
                    throw new ManifestParseException($"'{section}' must be an object of name: version");
                }

                foreach (var p in deps.EnumerateObject())
                {
                    if (keep(p.Name))
                    {
                        result.Add(new Dependency(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, isDev));
                    }
                }
            }

            return result;
        }
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
