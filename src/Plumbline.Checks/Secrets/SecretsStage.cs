using System.Text.Json.Nodes;
using LibGit2Sharp;
using Plumbline.Checks.Audit;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Secrets;

/// <summary>The <c>secrets</c> stage of <c>plumb audit</c>: the audited tree and every unique blob of every ref
/// scanned once, each secret mapped to where it was introduced and whether it is still in the audited tree.</summary>
public sealed class SecretsStage : IAuditStage
{
    /// <inheritdoc />
    public string Name => "secrets";

    /// <inheritdoc />
    public async Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        var (settings, configErrors) = SecretsSettings.Read(context.Config, context.Root);
        var findings = new List<Finding>();
        findings.AddRange(configErrors.Select(e => SecretFindings.Inconclusive(e.ToString(), e.Source, e.Line)));
        var ignores = ReadIgnoreFile(context.Root, settings.IgnoreFile, findings);
        var scanner = new SecretScanner(settings.Rules);
        var exclude = new ExcludeList(context.Config.Exclude);

        var scan = context.IsGitRepository || Repository.IsValid(context.Root)
            ? await Task.Run(() => RepositoryScan.Run(context, settings, scanner, exclude, progress, cancellationToken), cancellationToken).ConfigureAwait(false)
            : await Task.Run(() => FolderScan.Run(context.Root, settings, scanner, exclude, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (scan.Problem is { } problem)
        {
            findings.Add(SecretFindings.Inconclusive(problem, null, null));
            return new StageResult(findings);
        }

        var report = SecretFindings.Build(scan, ignores, settings);
        findings.AddRange(report.Findings);
        return new StageResult(findings)
        {
            Metrics = new Dictionary<string, JsonNode?> { ["secrets"] = report.Metrics },
            Tables = report.Tables,
        };
    }

    private static SecretIgnoreFile ReadIgnoreFile(string root, string name, List<Finding> findings)
    {
        var path = Path.Combine(root, name);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return SecretIgnoreFile.None with { Source = name };
        }

        var parsed = SecretIgnoreFile.Parse(File.ReadAllText(path), name);
        if (!parsed.Success)
        {
            findings.AddRange(parsed.Errors.Select(e => SecretFindings.Inconclusive(e.ToString(), name, e.Line)));
            return SecretIgnoreFile.None with { Source = name };
        }

        return parsed.Value;
    }
}
