using Plumbline.Checks.Complexity;
using Plumbline.Checks.Domain;
using Plumbline.Checks.History;
using Plumbline.Checks.Host;
using Plumbline.Checks.Iac;
using Plumbline.Checks.Inventory;
using Plumbline.Checks.Proposal;
using Plumbline.Checks.Repo;
using Plumbline.Checks.Secrets;
using Plumbline.Checks.Site;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Core.Assessments;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Registry;

/// <summary>Every check Plumbline runs, by area: the one list docs/checks.md is generated from and configuration is validated against.</summary>
/// <remarks>Check ids are PascalCase questions (<c>HasLockfile</c>); rules written as data in an assessment template
/// live in that template's namespace (<c>assess/&lt;template&gt;/&lt;rule&gt;</c>), because users add templates of their own.</remarks>
public static class CheckRegistry
{
    public static IReadOnlyList<CheckArea> Areas { get; } =
    [
        new("repo", "Repository", "`plumb audit`", "the files of the tree, manifests, CI and deploy configuration", "audit.md",
            [RepoChecks.Settings, .. RepoChecks.All.Select(c => c.Descriptor)]),
        new(SecretChecks.Area, "Secrets", "`plumb audit`", "every file of the tree and every file version in the git history", "secrets.md",
            SecretChecks.All),
        new(IacRuleCheck.Area, "Infrastructure as code", "`plumb audit`", "Dockerfiles, docker-compose files, Kubernetes manifests, Terraform (AWS, Azure, GCP), nginx and Apache configuration", "iac.md",
            IacChecks.Descriptors)
        {
            Note = "Rules are data (`src/Plumbline.Checks/Iac/Rules/*.yml`), each with files it must pass and fail; docs/iac.md gives the Checkov, hadolint and Trivy ids each maps to.",
        },
        new("history", "Knowledge and history", "`plumb audit`", "the git log: who changed which files, and when", "history.md",
            [HistoryChecks.Readable, .. HistoryChecks.All.Select(c => c.Descriptor)]),
        new("complexity", "Complexity", "`plumb audit`", "the functions of the tree's C#, Java, JavaScript, TypeScript, PHP, Go, Python and Ruby files", "complexity.md",
            [.. ComplexityChecks.All.Select(c => c.Descriptor)]),
        new(VulnerabilityChecks.Area, "Known-vulnerable dependencies", "`plumb audit`", "lockfiles, matched against the offline OSV database", "vulnerabilities.md",
            VulnerabilityChecks.All)
        {
            Note = "A failing `DependenciesFreeOfKnownVulnerabilities` finding feeds the upgrade recommendation of its ecosystem (`upgrade-npm-dependencies`, …), not only the one listed.",
        },
        new(EndOfLife.EndOfLifeChecks.Area, "End-of-life platforms", "`plumb audit`", "version files, Dockerfiles, compose and Kubernetes files, project files, manifests and lockfiles, matched against release data (a built-in baseline from the vendors' policies, or endoflife.date data imported with `plumb eoldb update`)", "eol.md",
            [.. EndOfLife.EndOfLifeChecks.All.Select(c => c.Descriptor)])
        {
            Note = "A failing `PlatformsAreSupported` finding feeds one of four recommendations by exposure (web-facing or internal) and upgrade path (one major step or several), not only the one listed.",
        },
        new("verdict", "Refactor or rebuild", "`plumb audit`", "the findings of the whole audit, weighed by the rules in docs/verdict.md", "verdict.md",
            [RefactorOrRebuild.VerdictReport.Descriptor]),
        new("domain", "Domain and email", "`plumb check domain`", "DNS answers (SPF, DMARC, DKIM, MTA-STS, TLS-RPT, CAA, DNSSEC, NS) and the MTA-STS policy", "domain.md",
            [.. DomainChecks.All.Select(c => c.Descriptor)]),
        new("site", "Website", "`plumb check site`", "TLS handshakes, HTTP responses and headers, cookies, security.txt", "site.md",
            [.. SiteChecks.All.Select(c => c.Descriptor)]),
        new("host", "Exposed services", "`plumb check host`", "TCP connections to the named addresses and ports, and read-only probes of the ones that answer", "host.md",
            [.. HostChecks.All.Select(c => c.Descriptor)]),
        new(InventoryChecks.Area, "Systems inventory", "the workspace's Inventory page", "the systems, data and integrations entered for an engagement", "web.md",
            [.. InventoryChecks.All.Select(c => c.Descriptor)]),
        new(ProposalChecks.Area, "Vendor proposals", "`plumb review proposal`", "the words of a vendor's proposal (PDF, DOCX, Markdown, HTML or text), against the topic rules", "proposal.md",
            [.. ProposalChecks.All.Select(c => c.Descriptor)]),
        new("assessment", "Assessments", "`plumb assess`", "the answers to a built-in questionnaire", "assessments.md",
            [.. TemplateLibrary.BuiltIn.All.SelectMany(AssessmentEngine.Descriptors)])
        {
            Note = "A template with a decision model also gives `assess/<template>/decision`, which feeds the winning option's recommendation.",
        },
    ];

    /// <summary>Every check, area by area.</summary>
    public static IReadOnlyList<CheckDescriptor> All { get; } = [.. Areas.SelectMany(a => a.Checks)];

    /// <summary>The check with this id, or null.</summary>
    public static CheckDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
