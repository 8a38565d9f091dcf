namespace Plumbline.Web.Transfer;

/// <summary>Finds the first field an <see cref="EngagementDocument"/> needs but does not have — missing, or null — and
/// names it by its JSON path (<c>$.items[3].title is required</c>).</summary>
/// <remarks>The serializer lets nulls into properties the types say are never null (and reads required properties as
/// optional, see <see cref="TransferJson"/>): this is where such a file is turned away, with a path a person can find
/// in the file instead of a null reference later or a .NET type name now.</remarks>
internal static class DocumentFields
{
    /// <summary>The message for the first missing or null field, or null when every field is there.</summary>
    public static string? FirstMissing(EngagementDocument doc)
    {
        if (doc.Engagement is not { } e)
        {
            return Required("$.engagement");
        }

        return Strings("$.engagement", Required, ("name", e.Name), ("clientName", e.ClientName))
            ?? List("$.systems", doc.Systems, (s, at) => Strings(at, Required, ("name", s.Name)) ?? Strings(at, NotNull, ("kind", s.Kind)))
            ?? List("$.data", doc.Data, (d, at) => Strings(at, Required, ("system", d.System), ("dataKind", d.DataKind)))
            ?? List("$.integrations", doc.Integrations, (i, at) => Strings(at, Required, ("from", i.From), ("to", i.To)))
            ?? List("$.items", doc.Items, Item)
            ?? List("$.findings", doc.Findings, Finding)
            ?? List("$.members", doc.Members, (m, at) => Strings(at, Required, ("email", m.Email)))
            ?? List("$.assessments", doc.Assessments, (a, at) => Strings(at, Required, ("templateId", a.TemplateId), ("answers", a.Answers)))
            ?? List("$.proposals", doc.Proposals, (p, at) => Strings(at, Required, ("name", p.Name), ("content", p.Content)));
    }

    private static string? Item(EngagementDocument.ItemPart item, string at) =>
        Strings(at, Required, ("key", item.Key), ("title", item.Title))
        ?? List($"{at}.dependsOn", item.DependsOn, null)
        ?? List($"{at}.findings", item.Findings, Finding);

    private static string? Finding(EngagementDocument.FindingPart finding, string at) =>
        Strings(at, Required, ("source", finding.Source), ("checkId", finding.CheckId), ("recommendationId", finding.RecommendationId))
        ?? Strings(at, NotNull, ("detail", finding.Detail), ("fingerprint", finding.Fingerprint))
        ?? List($"{at}.evidence", finding.Evidence, null);

    private static string Required(string path) => $"{path} is required";

    // For fields that may be left out (they have a default) but, when given, cannot be null.
    private static string NotNull(string path) => $"{path} may be left out but not null";

    private static string? Strings(string at, Func<string, string> message, params (string Name, string? Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                return message($"{at}.{name}");
            }
        }

        return null;
    }

    private static string? List<T>(string path, List<T>? list, Func<T, string, string?>? each)
    {
        if (list is null)
        {
            return NotNull(path) + " (write [] for none)";
        }

        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (list[i] is not { } element)
            {
                return Required(at);
            }

            if (each?.Invoke(element, at) is { } missing)
            {
                return missing;
            }
        }

        return null;
    }
}
