using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Reports.Json;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Jobs;
using Plumbline.Web.Register;

namespace Plumbline.Web.Audits;

/// <summary>Runs audits and checks as background jobs, imports JSON reports from the command line, and shows where
/// the evidence came from.</summary>
[RequestSizeLimit(IndexModel.MaxReportBytes + 65536)]
internal sealed class IndexModel(WorkspaceDb db, RegisterService register, JobRunner runner, JobSignal signal, TimeProvider time) : EngagementPageModel(db)
{
    public const long MaxReportBytes = 16 * 1024 * 1024;

    /// <summary>How many jobs the page lists, newest first.</summary>
    public const int JobsShown = 50;

    /// <summary>Seconds between reloads while a job is queued or running (a Refresh header: no script needed).</summary>
    public const int RefreshSeconds = 5;

    public sealed class JobInput
    {
        public string Kind { get; set; } = JobKinds.Audit;

        public string? Target { get; set; }
    }

    [BindProperty]
    public JobInput Job { get; set; } = new();

    public List<AuditJob> Jobs { get; private set; } = [];

    public bool AnyActive => Jobs.Any(j => j.State is AuditJobState.Queued or AuditJobState.Running);

    protected override string Section => "audits";

    /// <param name="Source">The register source (<c>report:…</c>, <c>inventory</c>, <c>assessment:…</c>).</param>
    /// <param name="Label">What people read: for a job's report, what ran on which target.</param>
    /// <param name="Total">Findings from this source, passes included.</param>
    /// <param name="Failing">Those that fail.</param>
    public sealed record SourceRow(string Source, string Label, int Total, int Failing)
    {
        /// <summary>Reports (uploaded or from a job) can be taken out of the register again; see <see cref="RegisterRemoval"/>.</summary>
        public bool Removable => RegisterRemoval.IsRemovable(Source);
    }

    public List<SourceRow> Sources { get; private set; } = [];

    /// <summary>The source whose removal the page asks to confirm (<c>?remove=…</c>); asking changes nothing.</summary>
    [FromQuery(Name = "remove")]
    public string? RemoveSource { get; set; }

    /// <summary>What removing <see cref="RemoveSource"/> would take away, for the confirmation.</summary>
    public RegisterRemoval.Plan? Removal { get; private set; }

    public string? RemovalLabel { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (CanEdit && RemoveSource is { } source && RegisterRemoval.IsRemovable(source) && Sources.Find(s => s.Source == source) is { } row)
        {
            Removal = await RegisterRemoval.PlanAsync(Db, EngagementId, source, ct);
            RemovalLabel = row.Label;
        }

        if (AnyActive)
        {
            Response.Headers.Append("Refresh", RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Queues an audit or check; the worker picks it up at once.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (target, error) = JobTargets.Normalize(Job.Kind, Job.Target, runner.Guard);
        if (target is not null && target.Length > 500)
        {
            error = "The target is longer than 500 characters; is it the right one?";
        }

        if (error is not null || target is null)
        {
            ModelState.AddModelError("Job.Target", error ?? "Enter a target.");
            return Page();
        }

        Db.AuditJobs.Add(new AuditJob
        {
            EngagementId = EngagementId,
            Kind = Job.Kind,
            Target = target,
            State = AuditJobState.Queued,
            Progress = "Queued",
            RequestedBy = User.Identity?.Name,
            CreatedAt = time.GetUtcNow(),
        });
        await Db.SaveChangesAsync(ct);
        signal.Wake();
        Message = $"Queued: {JobKinds.Label(Job.Kind).ToLowerInvariant()} of {target}. Its items join the register when it finishes.";
        return Redirect($"/engagements/{EngagementId}/audits");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? report, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (report is null || report.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Choose a JSON report file (made with --format json).");
            return Page();
        }

        if (report.Length > MaxReportBytes)
        {
            ModelState.AddModelError(string.Empty, $"{report.FileName}: larger than 16 MiB; is it the right file?");
            return Page();
        }

        string json;
        using (var reader = new StreamReader(report.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(ct);
        }

        var read = JsonReportReader.Read(json, report.FileName);
        if (!read.Success)
        {
            foreach (var e in read.Errors.Take(5))
            {
                ModelState.AddModelError(string.Empty, e.ToString());
            }

            return Page();
        }

        var items = await register.LoadItemsAsync(EngagementId, track: true, ct);
        var outcome = ReportImport.Apply(Db, EngagementId, read.Value, items, time.GetUtcNow());

        // The merged register must still plan (an imported item could depend on one that is missing).
        var plan = RegisterService.Plan(Engagement, items);
        if (!plan.Success)
        {
            foreach (var e in plan.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }

            return Page();
        }

        await Db.SaveChangesAsync(ct);
        Message = $"Imported {read.Value.Title}: {outcome.Added} new item(s), {outcome.Updated} updated, {outcome.Findings} finding(s).";
        return Redirect($"/engagements/{EngagementId}/audits");
    }

    /// <summary>Takes a report's findings, and the items only they support that nobody has worked on, out of the register.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string? source, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (source is null || !RegisterRemoval.IsRemovable(source))
        {
            ModelState.AddModelError(string.Empty, "Only an imported report or the results of an audit or check can be removed from the register here.");
            return Page();
        }

        var label = Sources.Find(s => s.Source == source)?.Label ?? source;
        var plan = await RegisterRemoval.PlanAsync(Db, EngagementId, source, ct);
        if (plan.IsEmpty)
        {
            Message = $"Nothing to remove: {label} has no evidence in the register.";
            return Redirect($"/engagements/{EngagementId}/audits");
        }

        RegisterRemoval.Apply(Db, plan);
        await Db.SaveChangesAsync(ct);
        Message = $"Removed {label} from the register: {plan.Findings.Count} finding(s) and {plan.Removed.Count} item(s); {plan.Kept.Count} item(s) it fed stay.";
        return Redirect($"/engagements/{EngagementId}/audits");
    }

    private static string LabelOf(string source, Dictionary<string, string> fromJobs) =>
        fromJobs.TryGetValue(source, out var label) ? label
        : source.StartsWith(ReportImport.SourcePrefix, StringComparison.Ordinal) ? "Imported report"
        : source;

    private async Task LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        var rows = await Db.Findings.Where(f => f.EngagementId == EngagementId)
            .GroupBy(f => f.Source)
            .Select(g => new { g.Key, Total = g.Count(), Failing = g.Count(f => f.Outcome == Outcome.Fail) })
            .ToListAsync(ct);
        // A job's report files its findings under a hashed source; the latest job that wrote it names it.
        var ran = await Db.AuditJobs.AsNoTracking().Where(j => j.EngagementId == EngagementId && j.Source != null)
            .Select(j => new { j.Id, j.Source, j.Kind, j.Target }).ToListAsync(ct);
        var labels = ran.GroupBy(j => j.Source!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(j => j.Id) is { } j ? $"{JobKinds.Label(j.Kind)}: {j.Target}" : g.Key, StringComparer.Ordinal);
        Sources = [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new SourceRow(r.Key, LabelOf(r.Key, labels), r.Total, r.Failing))];
        Jobs = await Db.AuditJobs.AsNoTracking().Where(j => j.EngagementId == EngagementId)
            .OrderByDescending(j => j.Id).Take(JobsShown).ToListAsync(ct);
    }
}
