using System.Text.RegularExpressions;

namespace Plumbline.Checks.Repo.Build;

/// <summary>Signs of how a project is packaged and deployed.</summary>
public static partial class DeployFiles
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

    // Extensions of scripts and configuration: a deploy-named document (docs/deployment.md) or source file is not a deploy.
    private static readonly string[] ScriptOrConfig = ["", ".sh", ".bash", ".ps1", ".bat", ".cmd", ".py", ".rb", ".js", ".mjs", ".ts", ".yml", ".yaml", ".toml", ".json"];

    // Folders where deploy and release scripts live; elsewhere a release.py is application code (netbox/utilities/release.py).
    private static readonly string[] ScriptFolders = ["scripts", "script", "bin", "tools", "ci", ".ci", "deploy", "deployment", "ops", "infra", "build", ".github", "release"];

    // Environments before production, as whole words of a name or folder.
    private static readonly string[] PreProduction = ["staging", "stage", "stg", "preprod", "pre-prod", "uat", "preview", "qa"];

    // Files in which an environment is configured.
    private static readonly string[] ConfigExtensions = [".yml", ".yaml", ".json", ".toml", ".tf", ".tfvars", ".hcl", ".env", ".ini", ".conf", ".properties", ".bicepparam", ".config"];

    /// <summary>True for a file that deploys: deploy scripts, platform configs, CI deploy steps.</summary>
    public static bool IsDeploy(RepoFile f)
    {
        var lower = f.Name.ToLowerInvariant();
        if (lower is "procfile" or "fly.toml" or "vercel.json" or "netlify.toml" or "app.yaml" or "render.yaml" or "railway.json" or "heroku.yml" or "serverless.yml" or "capfile" or "skaffold.yaml" or "appspec.yml" or "now.json" or "azure.yaml" or "firebase.json")
        {
            return true;
        }

        // A release script deploys only when it ships somewhere: most build a package (plumbline's build/release.sh)
        // or publish a library (netbox's release.yml to PyPI).
        var release = lower.StartsWith("release", StringComparison.Ordinal);
        if ((lower.StartsWith("deploy", StringComparison.Ordinal) || release)
            && ScriptOrConfig.Contains(f.Extension) && (f.Folder.Length == 0 || Segments(f.Folder).Any(s => ScriptFolders.Contains(s)))
            && (!release || f.Text is { } script && CiDeploys().IsMatch(script)))
        {
            return true;
        }

        if ((f.Path.StartsWith("deploy/", StringComparison.OrdinalIgnoreCase) || f.Path.Contains("/deploy/", StringComparison.OrdinalIgnoreCase) || f.Path.StartsWith("deployment/", StringComparison.OrdinalIgnoreCase))
            && ScriptOrConfig.Contains(f.Extension))
        {
            return true;
        }

        return Ci.CiFiles.IsCi(f.Path) && f.Text is { } t && CiDeploys().IsMatch(t);
    }

    /// <summary>True for a file that configures a staging, test or preview environment separately from production.</summary>
    /// <remarks>Evidence is the real thing: a configuration file named for the environment (fly.staging.toml,
    /// appsettings.Staging.json, values-staging.yaml, .env.staging, config/environments/staging.rb), configuration under
    /// a folder named for it (envs/staging/main.tf), or a CI or platform file deploying to it. A source file whose name
    /// merely contains "stage" (IAuditStage.cs, 0124_remove_staging.py) is not.</remarks>
    public static bool IsStagingConfig(RepoFile f)
    {
        var isConfig = ConfigExtensions.Contains(f.Extension) || f.Name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || (f.Extension == ".rb" && (f.Folder.EndsWith("config/environments", StringComparison.OrdinalIgnoreCase) || f.Folder.EndsWith("config/deploy", StringComparison.OrdinalIgnoreCase)));
        if (isConfig && (NameWords(f.Name).Any(IsPreProduction) || Segments(f.Folder).Any(IsPreProduction)))
        {
            return true;
        }

        return (Ci.CiFiles.IsCi(f.Path) || IsDeploy(f) && ConfigExtensions.Contains(f.Extension)) && f.Text is { } t && DeploysToPreProduction().IsMatch(t);
    }

    private static bool IsPreProduction(string word) => PreProduction.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static string[] NameWords(string name) => name.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static string[] Segments(string folder) => folder.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);

    // A job or stage named deploy, or a command of a hosting platform that ships code. Not a bare "environment:" key:
    // in CircleCI and Azure Pipelines it sets variables (hugo, eShopOnWeb's richnav.yml).
    [GeneratedRegex(@"(?im)^\s*[\w-]*deploy[\w-]*\s*:|\bstage:\s*['""]?deploy|azure/webapps-deploy|docker push|\b(fly|netlify|firebase|serverless|sam|eb|gcloud app|vercel) deploy|vercel --prod|kubectl apply|helm (upgrade|install)|terraform apply|git push heroku|actions/deploy-pages|gh-pages")]
    private static partial Regex CiDeploys();

    // An environment key naming a pre-production environment, or one line that deploys to it.
    [GeneratedRegex(@"(?im)^\s*-?\s*(environment|name|env|stage|deployment[_-]?environment)\s*:\s*['""]?(staging|stage|stg|preprod|pre-prod|uat|preview|qa)['""]?\s*$|^[^#\n]*\bdeploy\w*\b[^\n]*\b(staging|preprod|pre-prod|uat|preview)\b|^[^#\n]*\b(staging|preprod|pre-prod|uat|preview)\b[^\n]*\bdeploy")]
    private static partial Regex DeploysToPreProduction();
}
