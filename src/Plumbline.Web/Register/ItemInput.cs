using System.ComponentModel.DataAnnotations;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>The item form: what can be edited on a register item.</summary>
public sealed class ItemInput
{
    [Required(ErrorMessage = "Say what to do, e.g. \"Turn on MFA for the bank account\".")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = string.Empty;

    [StringLength(4000, ErrorMessage = "Keep the description under 4,000 characters.")]
    public string? Description { get; set; }

    [Range(1, 5, ErrorMessage = "Impact is 1 (minimal) to 5 (critical).")]
    public int Impact { get; set; } = 3;

    [Range(1, 5, ErrorMessage = "Effort is 1 (trivial) to 5 (major).")]
    public int Effort { get; set; } = 2;

    [EnumDataType(typeof(Phase), ErrorMessage = "Choose a roadmap phase.")]
    public Phase Phase { get; set; } = Phase.RiskReduction;

    [EnumDataType(typeof(ItemStatus), ErrorMessage = "Choose a status.")]
    public ItemStatus Status { get; set; }

    [StringLength(100, ErrorMessage = "Keep the owner under 100 characters.")]
    public string? Owner { get; set; }

    [Display(Name = "Estimate (hours)")]
    [Range(0.5, 10_000, ErrorMessage = "Enter an estimate from 0.5 to 10,000 hours, or leave it empty to use the effort's default.")]
    public double? EstimateHours { get; set; }

    [Display(Name = "Depends on")]
    public List<int> DependsOn { get; set; } = [];

    public static ItemInput From(RegisterItem i) => new()
    {
        Title = i.Title,
        Description = i.Description,
        Impact = i.Impact,
        Effort = i.Effort,
        Phase = i.Phase,
        Status = i.Status,
        Owner = i.Owner,
        EstimateHours = i.EstimateHours,
        DependsOn = [.. i.DependsOn.Select(d => d.DependsOnId)],
    };

    public void ApplyTo(RegisterItem i)
    {
        i.Title = Title.Trim();
        i.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        i.Impact = Impact;
        i.Effort = Effort;
        i.Phase = Phase;
        i.Status = Status;
        i.Owner = string.IsNullOrWhiteSpace(Owner) ? null : Owner.Trim();
        i.EstimateHours = EstimateHours;
    }
}
