using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Hygiene;

/// <summary>Are private keys and credential files kept out of the repository?</summary>
public sealed class NoCommittedKeyFiles : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NoCommittedKeyFiles", "Are private keys and credential files kept out of the repository?", "repo", "remove-committed-secret-files");

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "credentials.json", "client_secret.json", ".git-credentials", ".htpasswd", ".pgpass", "secrets.json", ".s3cfg",
    };

    private static readonly HashSet<string> AlwaysSecretExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pfx", ".p12", ".jks", ".keystore", ".kdbx", ".ppk" };

    /// <summary>Why a file is a credential file, or null when it is not.</summary>
    public static string? Reason(RepoFile f)
    {
        if (Names.Contains(f.Name) || f.Name.StartsWith("client_secret", StringComparison.OrdinalIgnoreCase) && f.Extension == ".json")
        {
            return "a credential file by name";
        }

        if (AlwaysSecretExtensions.Contains(f.Extension))
        {
            return $"a {f.Extension} key store";
        }

        if (f.Extension is ".pem" or ".key" && (f.HasText ? f.MayContain(ContentProbe.PrivateKey) && f.Text!.Contains(ContentProbe.PrivateKey, StringComparison.Ordinal) : f.Kind == FileKind.Binary))
        {
            return "a private key";
        }

        if (f.Extension == ".json" && f.MayContain(ContentProbe.ServiceAccountKey) && f.Text is { } json && json.Contains(ContentProbe.ServiceAccountKey, StringComparison.Ordinal) && json.Contains("\"client_email\"", StringComparison.Ordinal))
        {
            return "a cloud service-account key";
        }

        if (f.Name is ".npmrc" or ".yarnrc.yml" && f.Text is { } rc && (rc.Contains("_authToken=", StringComparison.Ordinal) || rc.Contains("npmAuthToken:", StringComparison.Ordinal)) && !rc.Contains("${", StringComparison.Ordinal))
        {
            return "a package registry token";
        }

        if (f.Name == ".pypirc" && f.Text?.Contains("password", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "a package registry password";
        }

        return null;
    }

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var found = snapshot.Files.Where(f => f.Kind != FileKind.Symlink).Select(f => (File: f, Reason: Reason(f))).Where(x => x.Reason is not null).ToList();
        foreach (var (file, reason) in found)
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Critical, $"{file.Path} looks like {reason}; anyone with a copy of the repository can use it.", file.Path);
        }

        if (found.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, "No private keys or credential files are committed.");
        }
    }
}
