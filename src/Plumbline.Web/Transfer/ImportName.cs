namespace Plumbline.Web.Transfer;

/// <summary>The name an imported engagement gets when the workspace already has one called the same: "Bakery (2)".</summary>
public static class ImportName
{
    /// <summary>The first of "name (2)", "name (3)"… that is not in <paramref name="taken"/> (compared ignoring case).</summary>
    public static string Distinct(string name, IReadOnlyCollection<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        for (var n = 2; ; n++)
        {
            var candidate = $"{name} ({n})";
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
