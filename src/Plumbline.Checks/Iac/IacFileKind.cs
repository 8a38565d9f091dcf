using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Iac;

/// <summary>The kinds of infrastructure file the IaC rules read, told apart by name and, for YAML, by content.</summary>
public enum IacFileKind
{
    Dockerfile,
    Compose,
    Kubernetes,
    Terraform,
    WebServer,
}

/// <summary>Which kind a file is, or null when it is none of them.</summary>
public static class IacFiles
{
    public static IacFileKind? KindOf(RepoFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = file.Name.ToLowerInvariant();
        // Dockerfile.prod is a Dockerfile; dockerfile.yml or dockerfile.md is data or prose about one.
        if (name is "dockerfile" or "containerfile" || name.EndsWith(".dockerfile", StringComparison.Ordinal)
            || (name.StartsWith("dockerfile.", StringComparison.Ordinal) && file.Extension is not (".yml" or ".yaml" or ".json" or ".md" or ".txt" or ".cs" or ".py" or ".go" or ".ts" or ".js")))
        {
            return IacFileKind.Dockerfile;
        }

        if (file.Extension == ".tf")
        {
            return IacFileKind.Terraform;
        }

        if (file.Extension is ".yml" or ".yaml")
        {
            if ((name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal)))
            {
                return IacFileKind.Compose;
            }

            // A Kubernetes manifest names its API version and kind at the top level.
            return file.MayContain("apiVersion") && file.Text is { } yaml && IsManifest(yaml) ? IacFileKind.Kubernetes : null;
        }

        if (name is "nginx.conf" or "httpd.conf" or "apache2.conf" or ".htaccess"
            || (file.Extension == ".conf" && (file.Path.Contains("nginx", StringComparison.OrdinalIgnoreCase) || file.Path.Contains("apache", StringComparison.OrdinalIgnoreCase) || file.Path.Contains("httpd", StringComparison.OrdinalIgnoreCase))))
        {
            return IacFileKind.WebServer;
        }

        return null;
    }

    private static bool IsManifest(string yaml) =>
        (yaml.StartsWith("apiVersion:", StringComparison.Ordinal) || yaml.Contains("\napiVersion:", StringComparison.Ordinal))
        && (yaml.StartsWith("kind:", StringComparison.Ordinal) || yaml.Contains("\nkind:", StringComparison.Ordinal));
}
