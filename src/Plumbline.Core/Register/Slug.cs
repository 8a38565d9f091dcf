using System.Text;

namespace Plumbline.Core.Register;

/// <summary>Kebab-case ids made from titles: "Replace the legacy ERP" → <c>replace-the-legacy-erp</c>.</summary>
public static class Slug
{
    /// <summary>The slug of a text; letters and digits kept, everything else collapsed to single dashes.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
