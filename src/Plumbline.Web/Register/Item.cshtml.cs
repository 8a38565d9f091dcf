using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Inventory;

namespace Plumbline.Web.Register;

/// <summary>Views, adds and edits one register item; dependencies are checked for cycles before anything is saved.</summary>
internal sealed class ItemModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    protected override string Section => "register";

    [FromRoute]
    public int? ItemId { get; set; }

    /// <summary>Set by the redirect after a save, so the page can say so.</summary>
    [FromQuery]
    public bool Saved { get; set; }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public RegisterItem? Item { get; private set; }

    public List<RegisterItem> Others { get; private set; } = [];

    public Recommendation? Recommendation => Item?.RecommendationId is { } id ? RecommendationCatalog.BuiltIn.Find(id) : null;

    public Quadrant Quadrant => QuadrantRules.Of(new Impact(Item!.Impact), new Effort(Item.Effort));

    private List<RegisterItem> _all = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Item is not null)
        {
            Input = ItemInput.From(Item);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var depIds = Input.DependsOn.Distinct().ToList();
        if (depIds.Any(d => Others.All(o => o.Id != d)))
        {
            ModelState.AddModelError("Input.DependsOn", "An item can only depend on other items of this register.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var target = Item;
        if (target is null)
        {
            target = new RegisterItem
            {
                EngagementId = EngagementId,
                Key = InventorySync.NewKey(Input.Title, _all.Select(i => i.Key)),
                Origin = ItemOrigin.Manual,
            };
            _all.Add(target);
            Db.Items.Add(target);
        }

        var statusBefore = target.Status;
        Input.ApplyTo(target);
        target.UpdatedAt = time.GetUtcNow();
        if (target.Id != 0 && target.Status != statusBefore)
        {
            // Kept for the progress report: what was done, when, and by whom.
            Db.StatusChanges.Add(new ItemStatusChange
            {
                EngagementId = EngagementId,
                ItemId = target.Id,
                From = statusBefore,
                To = target.Status,
                At = target.UpdatedAt,
                By = User.Identity?.Name,
                Reason = "Changed on the item's page.",
            });
        }
        var byId = _all.Where(i => i.Id != 0).ToDictionary(i => i.Id);
        target.DependsOn.RemoveAll(d => !depIds.Contains(d.DependsOnId));
        foreach (var dep in depIds.Where(d => target.DependsOn.All(x => x.DependsOnId != d)))
        {
            target.DependsOn.Add(new ItemDependency { DependsOnId = dep, DependsOn = byId[dep] });
        }

        // Plan the would-be register before saving: a cycle is shown, and nothing is written.
        var plan = RegisterService.Plan(Engagement, _all);
        if (!plan.Success)
        {
            foreach (var e in plan.Errors)
            {
                ModelState.AddModelError("Input.DependsOn", e.Message);
            }

            return Page();
        }

        await Db.SaveChangesAsync(ct);
        return Redirect($"/engagements/{EngagementId}/register/items/{target.Id}?saved=true");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Item is null)
        {
            return NotFound();
        }

        var dependents = await Db.ItemDependencies.Where(d => d.DependsOnId == Item.Id).ToListAsync(ct);
        Db.ItemDependencies.RemoveRange(dependents);
        Db.Items.Remove(Item);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/engagements/{EngagementId}/register");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        _all = await register.LoadItemsAsync(EngagementId, track: true, ct);
        if (ItemId is { } id)
        {
            Item = _all.FirstOrDefault(i => i.Id == id);
            if (Item is null)
            {
                return false;
            }
        }

        Others = [.. _all.Where(i => i.Id != ItemId).OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase)];
        return true;
    }
}
