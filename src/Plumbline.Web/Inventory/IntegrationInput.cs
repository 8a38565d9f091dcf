using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>The "add integration" form.</summary>
public sealed class IntegrationInput
{
    [Display(Name = "From")]
    [Range(1, int.MaxValue, ErrorMessage = "Choose the system the data comes from.")]
    public int FromSystemId { get; set; }

    [Display(Name = "To")]
    [Range(1, int.MaxValue, ErrorMessage = "Choose the system the data goes to.")]
    public int ToSystemId { get; set; }

    [Display(Name = "How")]
    [EnumDataType(typeof(IntegrationKind), ErrorMessage = "Choose how the data moves.")]
    public IntegrationKind Kind { get; set; }

    [Display(Name = "Data")]
    [StringLength(60, ErrorMessage = "Keep the data name under 60 characters.")]
    public string? DataKind { get; set; }

    [Display(Name = "Alerts on failure")]
    public bool AlertsOnFailure { get; set; }

    public static string Label(IntegrationKind kind) => kind switch
    {
        IntegrationKind.Api => "API",
        IntegrationKind.AutomationPlatform => "Automation platform",
        IntegrationKind.FileExport => "File export",
        IntegrationKind.ManualRekeying => "Manual re-keying",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<SelectListItem> KindOptions { get; } =
        [.. Enum.GetValues<IntegrationKind>().Select(k => new SelectListItem(Label(k), k.ToString()))];
}
