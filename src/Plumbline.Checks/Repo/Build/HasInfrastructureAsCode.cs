using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Build;

/// <summary>Is how the app runs written down as code (Dockerfile, compose, Terraform, Bicep, CloudFormation, Helm)?</summary>
public sealed class HasInfrastructureAsCode : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasInfrastructureAsCode", "Is the runtime environment described as code (containers or IaC)?", "repo", "describe-infrastructure-as-code");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var kinds = snapshot.Files.Select(f => (File: f, Kind: DeployFiles.InfrastructureKind(f))).Where(x => x.Kind is not null).ToList();
        if (kinds.Count > 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"The runtime is described as code ({string.Join(", ", kinds.Select(k => k.Kind).Distinct())}).");
        }
        else if (HasServerCode(snapshot))
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "No Dockerfile, compose file or infrastructure-as-code: rebuilding the server after a failure depends on someone remembering how.");
        }
        else
        {
            yield return RepoFindings.NotApplicable(Descriptor, "Nothing here looks like a service that needs a server.");
        }
    }

    private static bool HasServerCode(RepoSnapshot s) =>
        s.TextFiles.Any(f => f.Extension == ".csproj" && f.Text!.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal) || f.Name == "package.json" && (f.Text!.Contains("\"express\"", StringComparison.Ordinal) || f.Text!.Contains("\"next\"", StringComparison.Ordinal) || f.Text!.Contains("\"fastify\"", StringComparison.Ordinal))
            || f.Name is "manage.py" or "wsgi.py" or "asgi.py" or "config.ru" || f.Name == "go.mod" && f.Text!.Contains("net/http", StringComparison.Ordinal)
            || (f.Name is "requirements.txt" or "pyproject.toml" && (f.Text!.Contains("django", StringComparison.OrdinalIgnoreCase) || f.Text!.Contains("flask", StringComparison.OrdinalIgnoreCase) || f.Text!.Contains("fastapi", StringComparison.OrdinalIgnoreCase))));
}
