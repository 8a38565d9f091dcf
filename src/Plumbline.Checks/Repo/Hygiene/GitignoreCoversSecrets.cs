using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Hygiene;

/// <summary>Does .gitignore keep .env files and private keys from being committed by accident?</summary>
public sealed class GitignoreCoversSecrets : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("GitignoreCoversSecrets", "Does .gitignore keep .env files and private keys out?", "repo", "ignore-secret-files");

    private static readonly string[] Probes = [".env", "config/.env.local", "id_rsa", "certs/server.key", "certs/server.pem"];

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var root = snapshot.Find(".gitignore");
        if (root?.Text is null)
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "There is no .gitignore, so nothing stops a .env file or a key from being committed by accident.");
            yield break;
        }

        var ignore = new GitIgnore();
        ignore.Add(string.Empty, root.Text);
        var uncovered = Probes.Where(p => !ignore.IsIgnoredWithParents(p)).ToList();
        if (uncovered.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, ".gitignore keeps .env files and private keys out.", ".gitignore");
        }
        else
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                $".gitignore would let {RepoFindings.List(uncovered)} be committed by accident.",
                ".gitignore",
                evidence: ["Add lines such as: .env, .env.*, !.env.example, *.pem, *.key, id_rsa*"]);
        }
    }
}
