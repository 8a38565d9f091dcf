using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Reports.Json;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Register;

namespace Plumbline.Web.Audits;

/// <summary>Imports JSON reports from the command line into the register, and shows where the evidence came from.</summary>
[RequestSizeLimit(IndexModel.MaxReportBytes + 65536)]
internal sealed class IndexModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    public const long MaxReportBytes = 16 * 1024 * 1024;

    protected override string Section => "audits";

    public sealed record SourceRow(string Source, int Total, int Failing);

    public List<SourceRow> Sources { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

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

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadEngagementAsync(ct);
        var rows = await Db.Findings.Where(f => f.EngagementId == EngagementId)
            .GroupBy(f => f.Source)
            .Select(g => new { g.Key, Total = g.Count(), Failing = g.Count(f => f.Outcome == Outcome.Fail) })
            .ToListAsync(ct);
        Sources = [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new SourceRow(r.Key, r.Total, r.Failing))];
    }
}
