using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Inventory;

/// <summary>Adds or edits one system; the register follows in the same save.</summary>
internal sealed class SystemEditModel(WorkspaceDb db, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "inventory";

    [FromRoute]
    public int? SystemId { get; set; }

    [BindProperty]
    public SystemInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        LoadEngagement();
        if (SystemId is { } id)
        {
            // One row, untracked: showing a system needs neither the rest of the inventory nor the register.
            var system = await Db.Systems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.EngagementId == EngagementId, ct);
            if (system is null)
            {
                return NotFound();
            }

            Input = SystemInput.From(system);
        }
        else
        {
            // Most of a client's contracts are in the currency of its budget.
            Input.Currency = Engagement.Currency;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        LoadEngagement();
        var store = await InventoryStore.LoadAsync(Db, EngagementId, ct);
        SystemEntry? system = null;
        if (SystemId is { } id)
        {
            system = store.Systems.FirstOrDefault(s => s.Id == id);
            if (system is null)
            {
                return NotFound();
            }
        }

        var name = Input.Name?.Trim() ?? string.Empty;
        if (store.Systems.Any(s => s.Id != system?.Id && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Input.Name", $"There is already a system called {name}; use another name.");
        }

        if (Input.LastRestoreTest is { } tested && tested > Today(time))
        {
            ModelState.AddModelError("Input.LastRestoreTest", "The last tested restore cannot be in the future.");
        }

        if (SystemInput.IsATeam(Input.AccountOwner))
        {
            ModelState.AddModelError("Input.AccountOwner", $"\"{Input.AccountOwner!.Trim()}\" is a team, not a person: name the one person who holds the account.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (system is null)
        {
            system = new SystemEntry { EngagementId = EngagementId };
            store.Systems.Add(system);
            Db.Systems.Add(system);
        }

        Input.ApplyTo(system);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return Redirect($"/engagements/{EngagementId}/inventory");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        LoadEngagement();
        var store = await InventoryStore.LoadAsync(Db, EngagementId, ct);
        var system = store.Systems.FirstOrDefault(s => s.Id == SystemId);
        if (system is null)
        {
            return NotFound();
        }

        store.RemoveSystem(system);
        await store.SaveAsync(Today(time), time.GetUtcNow(), ct);
        return Redirect($"/engagements/{EngagementId}/inventory");
    }
}
