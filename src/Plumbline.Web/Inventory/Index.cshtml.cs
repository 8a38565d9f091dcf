using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Core.Findings;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Inventory;

/// <summary>Systems, the data they hold, the integrations between them, and what the inventory checks say.</summary>
internal sealed class IndexModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "inventory";

    private bool _loaded;

    public InventoryView View { get; private set; } = new([], [], []);

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>The inventory as the checks saw it; also names systems by id for the tables.</summary>
    public InventorySnapshot Snapshot { get; private set; } = new([], [], [], default);

    /// <summary>How many systems there are, for the forms (which need two to link) — known without the cached tables.</summary>
    public int SystemCount => SystemOptions.Count - 1;

    /// <summary>What the cached tables and findings are valid for: the register stamp (any inventory change renews
    /// it), the day (restore tests go stale) and whether the tables carry Remove buttons.</summary>
    public string InventoryCacheKey => $"{RegisterCacheKey}:{Today(time):yyyy-MM-dd}:{CanEdit}";

    public List<SelectListItem> SystemOptions { get; private set; } = [];

    public DataInput Data { get; set; } = new();

    public IntegrationInput Link { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        await LoadOptionsAsync(ct);
    }

    /// <summary>Reads the inventory and runs its checks; the page calls it inside its cache block, so only when the
    /// stamp, the day or the role has no rendering yet.</summary>
    public async Task LoadInventoryAsync()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        View = await InventoryView.ReadAsync(Db, EngagementId, HttpContext.RequestAborted);
        Snapshot = View.SnapshotOn(Today(time));
        Findings = [.. InventoryChecks.Run(Snapshot).OrderByDescending(f => f.NeedsAction).ThenByDescending(f => f.Severity)];
    }

    public async Task<IActionResult> OnPostAddDataAsync([Bind(Prefix = "Data")] DataInput data, CancellationToken ct)
    {
        Data = data;
        var store = await LoadAsync(ct);
        var system = store.Systems.FirstOrDefault(s => s.Id == data.SystemId);
        if (system is null)
        {
            ModelState.AddModelError("Data.SystemId", "Choose one of this engagement's systems.");
        }
        else if (store.Holdings.Any(h => h.SystemId == system.Id && string.Equals(h.DataKind, data.DataKind.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Data.DataKind", $"{system.Name} already holds {data.DataKind.Trim()}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var holding = new DataHolding { EngagementId = EngagementId, SystemId = system!.Id, DataKind = data.DataKind.Trim(), IsSourceOfTruth = data.IsSourceOfTruth };
        store.Holdings.Add(holding);
        Db.DataHoldings.Add(holding);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteDataAsync(int holdingId, CancellationToken ct)
    {
        var store = await LoadAsync(ct);
        var holding = store.Holdings.FirstOrDefault(h => h.Id == holdingId);
        if (holding is null)
        {
            return NotFound();
        }

        store.Holdings.Remove(holding);
        Db.DataHoldings.Remove(holding);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddIntegrationAsync([Bind(Prefix = "Link")] IntegrationInput link, CancellationToken ct)
    {
        Link = link;
        var store = await LoadAsync(ct);
        var from = store.Systems.FirstOrDefault(s => s.Id == link.FromSystemId);
        var to = store.Systems.FirstOrDefault(s => s.Id == link.ToSystemId);
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
        store.Integrations.Add(integration);
        Db.Integrations.Add(integration);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteIntegrationAsync(int integrationId, CancellationToken ct)
    {
        var store = await LoadAsync(ct);
        var integration = store.Integrations.FirstOrDefault(i => i.Id == integrationId);
        if (integration is null)
        {
            return NotFound();
        }

        store.Integrations.Remove(integration);
        Db.Integrations.Remove(integration);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    // A change needs the register too (the inventory checks update it in the same save), tracked.
    private async Task<InventoryStore> LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        var store = await InventoryStore.LoadAsync(Db, EngagementId, ct);
        await LoadOptionsAsync(ct);
        return store;
    }

    // Names and ids only: the forms' lists are outside the cached block (they carry the user's antiforgery token).
    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        var systems = await Db.Systems.AsNoTracking().Where(s => s.EngagementId == EngagementId).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        SystemOptions = [new SelectListItem("Choose a system", "0"), .. systems.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
