using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;

namespace Plumbline.Testing.Reports;

/// <summary>Builds a <see cref="Report"/> through <see cref="ReportFactory"/>, so tests see real prioritising and planning.</summary>
public sealed class ReportBuilder
{
    public static readonly DateTimeOffset DefaultGeneratedAt = new(2027, 1, 4, 9, 30, 0, TimeSpan.Zero);

    private string _title = "Test Co — technology plan";
    private string _kind = "plan";
    private string _target = "register.yml";
    private PlanSettings _settings = new(new DateOnly(2027, 1, 4), 10);
    private RecommendationCatalog _catalog = RecommendationCatalog.BuiltIn;
    private readonly List<Item> _items = [];
    private readonly List<Finding> _findings = [];
    private readonly List<MetricTable> _tables = [];
    private readonly List<string> _working = [];
    private JsonObject _metrics = [];

    public ReportBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ReportBuilder OfKind(string kind, string target)
    {
        _kind = kind;
        _target = target;
        return this;
    }

    public ReportBuilder PlannedWith(PlanSettings settings)
    {
        _settings = settings;
        return this;
    }

    public ReportBuilder WithCatalog(RecommendationCatalog catalog)
    {
        _catalog = catalog;
        return this;
    }

    public ReportBuilder WithItems(params Item[] items)
    {
        _items.AddRange(items);
        return this;
    }

    public ReportBuilder WithItem(ItemBuilder item) => WithItems(item.Build());

    public ReportBuilder WithFindings(params Finding[] findings)
    {
        _findings.AddRange(findings);
        return this;
    }

    public ReportBuilder WithTable(MetricTable table)
    {
        _tables.Add(table);
        return this;
    }

    public ReportBuilder Working(params string[] lines)
    {
        _working.AddRange(lines);
        return this;
    }

    public ReportBuilder WithMetrics(JsonObject metrics)
    {
        _metrics = metrics;
        return this;
    }

    public Report Build()
    {
        var created = ReportFactory.Create(_title, _kind, _target, DefaultGeneratedAt, _findings, _items, _settings, _catalog);
        var report = created.Value;
        return report with
        {
            Tables = [.. _tables],
            Metrics = _metrics,
            Working = [.. report.Working, .. _working],
        };
    }

    /// <summary>A small client-like report: every quadrant, a dependency, a budget deferral, a done item, findings and a table.</summary>
    public static ReportBuilder Sample()
    {
        var leak = FindingBuilder.Fail("NoSecretsInTree", "rotate-secrets-in-tree")
            .WithSeverity(Severity.Critical).At("config/app.env", 3).Saying("An API key is committed").WithEvidence("sk_t…", "sha256:ab12");
        var leak2 = FindingBuilder.Fail("NoSecretsInTree", "rotate-secrets-in-tree")
            .WithSeverity(Severity.High).At("src/old settings.json", 12).Saying("A password is committed");
        var dmarc = FindingBuilder.Fail("domain.dmarc", "enforce-dmarc").WithSeverity(Severity.Medium).AtRecord("_dmarc.example.com TXT");
        var passing = FindingBuilder.Pass("repo.lockfile", "add-lockfile", "Every npm project has a lockfile").At("package-lock.json");
        var unsure = FindingBuilder.Fail("repo.ci", "add-ci").WithOutcome(Outcome.Inconclusive).Saying("CI config could not be parsed").At(".github/workflows/ci.yml");
        return new ReportBuilder()
            .Titled("Harbor & Pine — technology plan")
            .PlannedWith(new PlanSettings(new DateOnly(2027, 1, 4), 10, new Budget(Hours: 120, HourlyRate: 100, Currency: "USD")))
            .WithFindings(leak, leak2, dmarc, passing, unsure)
            .WithItem(new ItemBuilder("rotate-keys").Titled("Rotate the leaked keys").Rated(5, 1).InPhase(Core.Scales.Phase.ImmediateFixes).For("rotate-secrets-in-tree").WithFindings(leak, leak2).OwnedBy("Sam"))
            .WithItem(new ItemBuilder("source-of-truth").Titled("Name a source of truth for customers").Rated(4, 2).InPhase(Core.Scales.Phase.DataCleanup).For("name-a-source-of-truth"))
            .WithItem(new ItemBuilder("mfa").Titled("Turn on MFA").Rated(4, 2).InPhase(Core.Scales.Phase.SecurityBasics))
            .WithItem(new ItemBuilder("sync").Titled("Sync CRM to accounting").Rated(4, 3).InPhase(Core.Scales.Phase.Integrations).Hours(30).After("source-of-truth"))
            .WithItem(new ItemBuilder("erp").Titled("Replace the ERP").Rated(5, 5).InPhase(Core.Scales.Phase.Mvp).Hours(160))
            .WithItem(new ItemBuilder("tidy").Titled("Tidy monthly reports").Rated(2, 2).InPhase(Core.Scales.Phase.DataCleanup))
            .WithItem(new ItemBuilder("calendar").Titled("Shared maintenance calendar").Rated(2, 1).InPhase(Core.Scales.Phase.MaintenancePlan))
            .WithItem(new ItemBuilder("rebuild").Titled("Rebuild everything").Rated(1, 5).InPhase(Core.Scales.Phase.Mvp).Hours(1200))
            .WithItem(new ItemBuilder("old-wiki").Titled("Move the old wiki").Rated(2, 2).WithStatus(ItemStatus.Done))
            .WithTable(new MetricTable("languages", "Languages", ["Language", "Lines", "Share"],
                [["C#", "12,400", "62%"], ["TypeScript", "6,100", "31%"], ["Shell", "n/a", "-"]])
            { BarColumn = 1, Note = "Generated files skipped." })
            .Working("Backups run nightly");
    }
}
