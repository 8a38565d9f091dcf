using System.Text.RegularExpressions;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The Java a build targets (maven.compiler.source/target/release, java.version, the compiler plugin's
/// release/source; Gradle's sourceCompatibility, JavaVersion.VERSION_x and toolchains), read as the Java runtime it
/// needs ("1.8" is Java 8), and the Spring Boot version a build uses (Maven parent or BOM, Gradle plugin).</summary>
internal static partial class JavaLevels
{
    public static bool Reads(string name) => name.ToLowerInvariant() is "pom.xml" or "build.gradle" or "build.gradle.kts";

    public static IEnumerable<DetectedPlatform> Detect(SourceFile file)
    {
        var maven = file.Name.Equals("pom.xml", StringComparison.OrdinalIgnoreCase);
        var java = (maven ? MavenJava() : GradleJava()).Match(file.Text);
        if (java.Success)
        {
            var value = java.Groups["v"].Value.Trim();
            var version = value.StartsWith("1.", StringComparison.Ordinal) ? value[2..] : value.Replace('_', '.');
            if (version.StartsWith("1.", StringComparison.Ordinal)) version = version[2..];
            yield return new DetectedPlatform("eclipse-temurin", VersionParts.Of(version).Count > 0 ? version : null, file.Path, file.LineOf(java.Index), java.Value.Trim());
        }

        var boot = (maven ? MavenSpringBoot() : GradleSpringBoot()).Match(file.Text);
        if (boot.Success)
        {
            var version = boot.Groups["v"].Value;
            yield return new DetectedPlatform("spring-boot", VersionParts.Of(version).Count > 0 ? version : null, file.Path, file.LineOf(boot.Index), boot.Value.Trim().ReplaceLineEndings(" "));
        }
    }

    [GeneratedRegex(@"<(?:maven\.compiler\.(?:release|source|target)|java\.version|release)>\s*(?<v>[0-9][0-9.]*)\s*<")]
    private static partial Regex MavenJava();

    [GeneratedRegex(@"(?:sourceCompatibility\s*=?\s*(?:JavaVersion\.VERSION_)?['""]?|JavaLanguageVersion\.of\(\s*|jvmToolchain\(\s*)(?<v>[0-9][0-9._]*)")]
    private static partial Regex GradleJava();

    [GeneratedRegex(@"<artifactId>spring-boot-(?:starter-parent|dependencies)</artifactId>\s*<version>(?<v>[^<]+)</version>")]
    private static partial Regex MavenSpringBoot();

    [GeneratedRegex(@"(?:id\s*\(?\s*['""]org\.springframework\.boot['""]\s*\)?\s*version\s*['""]|spring-boot-gradle-plugin:)(?<v>[0-9][^'""\s)]*)")]
    private static partial Regex GradleSpringBoot();
}
