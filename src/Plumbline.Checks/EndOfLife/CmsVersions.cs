using System.Text.RegularExpressions;

namespace Plumbline.Checks.EndOfLife;

/// <summary>A CMS committed with the site: WordPress's <c>wp-includes/version.php</c> (<c>$wp_version</c>), Drupal 8
/// and later's <c>core/lib/Drupal.php</c> (<c>const VERSION</c>), Drupal 7's <c>includes/bootstrap.inc</c>.</summary>
internal static partial class CmsVersions
{
    public static bool Reads(string path) =>
        path.EndsWith("wp-includes/version.php", StringComparison.Ordinal) || path.EndsWith("core/lib/Drupal.php", StringComparison.Ordinal)
        || path.EndsWith("includes/bootstrap.inc", StringComparison.Ordinal);

    public static IEnumerable<DetectedPlatform> Detect(SourceFile file)
    {
        var (product, pattern) = file.Path.EndsWith("version.php", StringComparison.Ordinal) ? ("wordpress", WordPress()) : ("drupal", Drupal());
        var m = pattern.Match(file.Text);
        if (m.Success) yield return new DetectedPlatform(product, m.Groups["v"].Value, file.Path, file.LineOf(m.Index), m.Value.Trim());
    }

    [GeneratedRegex(@"\$wp_version\s*=\s*['""](?<v>[0-9][^'""]*)['""]")]
    private static partial Regex WordPress();

    [GeneratedRegex(@"(?:const\s+VERSION\s*=|define\(\s*['""]VERSION['""]\s*,)\s*['""](?<v>[0-9][^'""]*)['""]")]
    private static partial Regex Drupal();
}
