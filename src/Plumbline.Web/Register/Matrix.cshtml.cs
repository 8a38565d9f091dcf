using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Reports.Pictures;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Register;

/// <summary>The matrix: Core's quadrants and priority order, drawn as SVG and listed for screen readers and print.</summary>
internal sealed class MatrixModel(WorkspaceDb db, RegisterService register) : EngagementPageModel(db)
{
    protected override string Section => "matrix";

    public string Svg { get; private set; } = string.Empty;

    public IReadOnlyDictionary<Quadrant, IReadOnlyList<Item>> ByQuadrant { get; private set; } = new Dictionary<Quadrant, IReadOnlyList<Item>>();

    public Dictionary<string, int> IdOf { get; private set; } = [];

    public Dictionary<string, int> Number { get; private set; } = [];

    public void OnGet() => LoadEngagement();

    /// <summary>Runs Core over the register; the page calls it inside its cache block, so only when this stamp has no rendering yet.</summary>
    public async Task LoadMatrixAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stored = await register.LoadItemsAsync(EngagementId, track: false, ct);
        IdOf = stored.ToDictionary(i => i.Key, i => i.Id, StringComparer.Ordinal);
        var active = Prioritiser.Order(ItemMapping.ToCore(stored).Where(i => i.IsActive));
        Number = active.Select((item, n) => (item.Id, n + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        Svg = GridSvg.Render(MatrixPicture.Of(active, Number, item => $"/engagements/{EngagementId}/register/items/{IdOf[item.Id]}"));
        ByQuadrant = Prioritiser.ByQuadrant(active);
    }
}
