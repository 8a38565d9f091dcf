namespace Plumbline.Checks.Repo.Build;

/// <summary>Signs of how a project is packaged and deployed.</summary>
public static class DeployFiles
{
    /// <summary>The kind of container or infrastructure-as-code file, or null.</summary>
    public static string? InfrastructureKind(RepoFile f)
    {
        var name = f.Name;
        if (name == "Dockerfile" || name == "Containerfile" || name.StartsWith("Dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return "Dockerfile";
        }

        if (name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase) || name is "compose.yml" or "compose.yaml")
        {
            return "Docker Compose";
        }

        if (f.Extension is ".tf" || name.EndsWith(".tf.json", StringComparison.Ordinal))
        {
            return "Terraform";
        }

        if (f.Extension == ".bicep")
        {
            return "Bicep";
        }

        if (name is "Chart.yaml" || f.Path.Contains("/templates/", StringComparison.Ordinal) && f.Path.Contains("helm", StringComparison.OrdinalIgnoreCase))
        {
            return "Helm";
        }

        if ((f.Extension is ".yml" or ".yaml" or ".json") && f.MayContain(ContentProbe.CloudFormation) && f.Text is { } t && t.Contains(ContentProbe.CloudFormation, StringComparison.Ordinal))
        {
            return "CloudFormation";
        }

        if (name is "Pulumi.yaml" or "serverless.yml" or "serverless.yaml" or "template.yaml" && f.Text?.Contains("Transform", StringComparison.Ordinal) == true)
        {
            return name.StartsWith("Pulumi", StringComparison.Ordinal) ? "Pulumi" : "Serverless";
        }

        if (name is "kustomization.yaml" || (f.Extension is ".yml" or ".yaml" && f.MayContain(ContentProbe.KubernetesKind) && f.Text is { } k && k.Contains("apiVersion:", StringComparison.Ordinal) && k.Contains(ContentProbe.KubernetesKind, StringComparison.Ordinal)))
        {
            return "Kubernetes";
        }

        return null;
    }

    /// <summary>True for a file that deploys: deploy scripts, platform configs, CI deploy steps.</summary>
    public static bool IsDeploy(RepoFile f)
    {
        var lower = f.Name.ToLowerInvariant();
        if (lower.StartsWith("deploy", StringComparison.Ordinal) || lower.StartsWith("release", StringComparison.Ordinal) && f.Extension is ".sh" or ".ps1" or ".py"
            || lower is "procfile" or "fly.toml" or "vercel.json" or "netlify.toml" or "app.yaml" or "render.yaml" or "railway.json" or "heroku.yml" or "serverless.yml" or "capfile" or "skaffold.yaml" or "appspec.yml" or "now.json")
        {
            return true;
        }

        if (f.Path.StartsWith("deploy/", StringComparison.OrdinalIgnoreCase) || f.Path.Contains("/deploy/", StringComparison.OrdinalIgnoreCase) || f.Path.StartsWith("deployment/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Ci.CiFiles.IsCi(f.Path) && f.Text is { } t
            && (t.Contains("deploy", StringComparison.OrdinalIgnoreCase) || t.Contains("azure/webapps-deploy", StringComparison.Ordinal) || t.Contains("docker push", StringComparison.Ordinal));
    }

    /// <summary>True for a file that configures a staging, test or preview environment separately from production.</summary>
    public static bool IsStagingConfig(RepoFile f)
    {
        var lower = f.Path.ToLowerInvariant();
        string[] words = ["staging", "stage.", "preprod", "uat", "preview"];
        if (words.Any(w => f.Name.ToLowerInvariant().Contains(w, StringComparison.Ordinal)) || lower.Contains("/staging/", StringComparison.Ordinal) || lower.StartsWith("staging/", StringComparison.Ordinal)
            || lower.Contains("envs/staging", StringComparison.Ordinal) || lower.Contains("environments/staging", StringComparison.Ordinal))
        {
            return true;
        }

        return Ci.CiFiles.IsCi(f.Path) && f.Text is { } t
            && (t.Contains("environment: staging", StringComparison.OrdinalIgnoreCase) || t.Contains("name: staging", StringComparison.OrdinalIgnoreCase) || t.Contains("staging", StringComparison.OrdinalIgnoreCase));
    }
}
