namespace Plumbline.Checks.EndOfLife;

/// <summary>Reads a container image reference (<c>php:7.2-apache</c>, <c>mcr.microsoft.com/dotnet/aspnet:3.1</c>,
/// <c>python:2.7-slim-buster</c>) as the platforms it runs: the image's own product and version, and a base system
/// named in the tag (<c>-buster</c>, <c>-alpine3.12</c>, <c>-php7.4</c>).</summary>
public static class ImageReference
{
    private static readonly Dictionary<string, string> Official = new(StringComparer.Ordinal)
    {
        ["node"] = "nodejs",
        ["python"] = "python",
        ["php"] = "php",
        ["ruby"] = "ruby",
        ["golang"] = "go",
        ["openjdk"] = "eclipse-temurin",
        ["eclipse-temurin"] = "eclipse-temurin",
        ["amazoncorretto"] = "eclipse-temurin",
        ["adoptopenjdk"] = "eclipse-temurin",
        ["mysql"] = "mysql",
        ["mysql-server"] = "mysql",
        ["mariadb"] = "mariadb",
        ["postgres"] = "postgresql",
        ["postgresql"] = "postgresql",
        ["redis"] = "redis",
        ["mongo"] = "mongodb",
        ["mongodb"] = "mongodb",
        ["elasticsearch"] = "elasticsearch",
        ["rabbitmq"] = "rabbitmq",
        ["nginx"] = "nginx",
        ["httpd"] = "apache-http-server",
        ["tomcat"] = "tomcat",
        ["ubuntu"] = "ubuntu",
        ["debian"] = "debian",
        ["alpine"] = "alpine-linux",
        ["centos"] = "centos",
        ["wordpress"] = "wordpress",
        ["drupal"] = "drupal",
    };

    private static readonly Dictionary<string, (string Product, string Version)> Codenames = new(StringComparer.Ordinal)
    {
        ["trixie"] = ("debian", "13"),
        ["bookworm"] = ("debian", "12"),
        ["bullseye"] = ("debian", "11"),
        ["buster"] = ("debian", "10"),
        ["stretch"] = ("debian", "9"),
        ["jessie"] = ("debian", "8"),
        ["wheezy"] = ("debian", "7"),
        ["noble"] = ("ubuntu", "24.04"),
        ["jammy"] = ("ubuntu", "22.04"),
        ["focal"] = ("ubuntu", "20.04"),
        ["bionic"] = ("ubuntu", "18.04"),
        ["xenial"] = ("ubuntu", "16.04"),
        ["trusty"] = ("ubuntu", "14.04"),
    };

    /// <summary>The platforms an image reference names; empty for images Plumbline does not know.</summary>
    public static IEnumerable<(string Product, string? Version)> Read(string reference)
    {
        var image = reference.Trim().Trim('"', '\'');
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) image = image[..at];
        var lastSlash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var tag = colon > lastSlash ? image[(colon + 1)..] : null;
        var name = (colon > lastSlash ? image[..colon] : image).ToLowerInvariant();
        if (Product(name) is not { } product) yield break;

        if (string.IsNullOrEmpty(tag))
        {
            yield return (product, null);
            yield break;
        }

        var segments = tag.Split('-');
        var version = VersionParts.Of(segments[0]).Count > 0 ? segments[0] : null;
        if (version is null && Codenames.TryGetValue(segments[0], out var os) && os.Product == product) version = os.Version;
        yield return (product, version);

        foreach (var s in segments.Skip(version is null ? 0 : 1))
        {
            if (Codenames.TryGetValue(s, out var named) && named.Product != product) yield return named;
            else if (s.StartsWith("alpine", StringComparison.Ordinal) && s.Length > 6 && VersionParts.Of(s[6..]).Count > 0 && product != "alpine-linux") yield return ("alpine-linux", s[6..]);
            else if (s.StartsWith("php", StringComparison.Ordinal) && s.Length > 3 && VersionParts.Of(s[3..]).Count > 0 && product != "php") yield return ("php", s[3..]);
        }
    }

    private static string? Product(string name)
    {
        var path = name.Split('/');
        // A registry host (has a dot or a port, or is localhost) leads the path; Docker Hub's library/ is implied.
        if (path.Length > 1 && (path[0].Contains('.', StringComparison.Ordinal) || path[0].Contains(':', StringComparison.Ordinal) || path[0] == "localhost"))
        {
            if (path[0] == "mcr.microsoft.com")
            {
                var rest = string.Join('/', path.Skip(1));
                if (rest.StartsWith("dotnet/", StringComparison.Ordinal) && !rest.Contains("framework", StringComparison.Ordinal)) return "dotnet";
                if (rest.StartsWith("mssql/server", StringComparison.Ordinal)) return "mssqlserver";
                return null;
            }

            path = path[1..];
        }

        if (path.Length >= 2 && path[0] == "microsoft" && path[1] is "dotnet" or "aspnetcore") return "dotnet";
        if (path.Length >= 1 && path[0] is "library" or "bitnami" or "mysql" or "elasticsearch" or "postgis") path = path[^1..];
        return path.Length == 1 ? Official.GetValueOrDefault(path[0]) : null;
    }
}
