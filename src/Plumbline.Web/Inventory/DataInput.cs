using System.ComponentModel.DataAnnotations;

namespace Plumbline.Web.Inventory;

/// <summary>The "add data" form: a kind of data held in a system.</summary>
public sealed class DataInput
{
    [Display(Name = "System")]
    [Range(1, int.MaxValue, ErrorMessage = "Choose the system that holds the data.")]
    public int SystemId { get; set; }

    [Display(Name = "Data")]
    [Required(ErrorMessage = "Name the data, e.g. customers or invoices.")]
    [StringLength(60, ErrorMessage = "Keep the data name under 60 characters.")]
    public string DataKind { get; set; } = string.Empty;

    [Display(Name = "Source of truth")]
    public bool IsSourceOfTruth { get; set; }
}
