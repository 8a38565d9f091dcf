using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plumbline.Checks.Inventory;
using Plumbline.Core.Findings;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Inventory;

/// <summary>Systems, the data they hold, the integrations between them, and what the inventory checks say.</summary>
internal sealed class IndexModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "inventory";

    public InventoryStore Store { get; private set; } = null!;

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>The inventory as the checks saw it on this request; also names systems by id for the tables.</summary>
    public InventorySnapshot Snapshot { get; private set; } = new([], [], [], default);

    public List<SelectListItem> SystemOptions { get; private set; } = [];

    public DataInput Data { get; set; } = new();

    public IntegrationInput Link { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddDataAsync([Bind(Prefix = "Data")] DataInput data, CancellationToken ct)
    {
        Data = data;
        await LoadAsync(ct);
        var system = Store.Systems.FirstOrDefault(s => s.Id == data.SystemId);
        if (system is null)
        {
            ModelState.AddModelError("Data.SystemId", "Choose one of this engagement's systems.");
        }
        else if (Store.Holdings.Any(h => h.SystemId == system.Id && string.Equals(h.DataKind, data.DataKind.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Data.DataKind", $"{system.Name} already holds {data.DataKind.Trim()}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var holding = new DataHolding { EngagementId = EngagementId, SystemId = system!.Id, DataKind = data.DataKind.Trim(), IsSourceOfTruth = data.IsSourceOfTruth };
        Store.Holdings.Add(holding);
        Db.DataHoldings.Add(holding);
        await Store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteDataAsync(int holdingId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var holding = Store.Holdings.FirstOrDefault(h => h.Id == holdingId);
        if (holding is null)
        {
            return NotFound();
        }

        Store.Holdings.Remove(holding);
        Db.DataHoldings.Remove(holding);
        await Store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddIntegrationAsync([Bind(Prefix = "Link")] IntegrationInput link, CancellationToken ct)
    {
        Link = link;
        await LoadAsync(ct);
        var from = Store.Systems.FirstOrDefault(s => s.Id == link.FromSystemId);
        var to = Store.Systems.FirstOrDefault(s => s.Id == link.ToSystemId);
        if (from is null)
        {
            ModelState.AddModelError("Link.FromSystemId", "Choose one of this engagement's systems to take data from.");
        }

        if (to is null)
        {
            ModelState.AddModelError("Link.ToSystemId", "Choose one of this engagement's systems to send data to.");
        }
        else if (from is not null && from.Id == to.Id)
        {
            ModelState.AddModelError("Link.ToSystemId", "An integration connects two different systems.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var integration = new Integration
        {
            EngagementId = EngagementId,
            FromSystemId = from!.Id,
            ToSystemId = to!.Id,
            Kind = link.Kind,
            DataKind = string.IsNullOrWhiteSpace(link.DataKind) ? null : link.DataKind.Trim(),
            AlertsOnFailure = link.Kind != IntegrationKind.ManualRekeying && link.AlertsOnFailure,
        };
        Store.Integrations.Add(integration);
        Db.Integrations.Add(integration);
        await Store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteIntegrationAsync(int integrationId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var integration = Store.Integrations.FirstOrDefault(i => i.Id == integrationId);
        if (integration is null)
        {
            return NotFound();
        }

        Store.Integrations.Remove(integration);
        Db.Integrations.Remove(integration);
        await Store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        Store = await InventoryStore.LoadAsync(Db, EngagementId, ct);
        Snapshot = Store.SnapshotOn(Today(time));
        Findings = [.. InventoryChecks.Run(Snapshot).OrderByDescending(f => f.NeedsAction).ThenByDescending(f => f.Severity)];
        SystemOptions = [new SelectListItem("Choose a system", "0"), .. Store.Systems.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
