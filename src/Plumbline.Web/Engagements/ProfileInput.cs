using System.ComponentModel.DataAnnotations;
using Plumbline.Web.Data;
using Plumbline.Web.Forms;

namespace Plumbline.Web.Engagements;

/// <summary>The engagement profile form: the business behind the systems, and the plan's capacity.</summary>
public sealed class ProfileInput
{
    [Required(ErrorMessage = "Name the engagement.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Client")]
    [Required(ErrorMessage = "Enter the client's business name.")]
    [StringLength(120, ErrorMessage = "Keep the client name under 120 characters.")]
    public string ClientName { get; set; } = string.Empty;

    [Display(Name = "Business goal")]
    [StringLength(1000, ErrorMessage = "Keep the goal under 1,000 characters.")]
    public string? BusinessGoal { get; set; }

    [Display(Name = "Team size")]
    [Range(1, 100_000, ErrorMessage = "Enter the number of people, 1 or more.")]
    public int? TeamSize { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter the budget as a number, 0 or more.")]
    public decimal? Budget { get; set; }

    [StringLength(8, ErrorMessage = "Use a short currency code such as USD or EUR.")]
    public string? Currency { get; set; }

    [StringLength(200, ErrorMessage = "Keep the timeline under 200 characters.")]
    public string? Timeline { get; set; }

    [Display(Name = "Who uses the systems")]
    [StringLength(1000, ErrorMessage = "Keep this under 1,000 characters.")]
    public string? SystemUsers { get; set; }

    [Display(Name = "What happens when they fail")]
    [StringLength(1000, ErrorMessage = "Keep this under 1,000 characters.")]
    public string? FailureImpact { get; set; }

    [Display(Name = "Hours a week for this work")]
    [Range(0.5, 168, ErrorMessage = "Enter the weekly hours from 0.5 to 168.")]
    public double CapacityHoursPerWeek { get; set; } = 8;

    [Display(Name = "Roadmap starts")]
    [DataType(DataType.Date)]
    [SaneDate]
    public DateOnly PlanStart { get; set; }

    public static ProfileInput From(Engagement e) => new()
    {
        Name = e.Name,
        ClientName = e.ClientName,
        BusinessGoal = e.BusinessGoal,
        TeamSize = e.TeamSize,
        Budget = e.Budget,
        Currency = e.Currency,
        Timeline = e.Timeline,
        SystemUsers = e.SystemUsers,
        FailureImpact = e.FailureImpact,
        CapacityHoursPerWeek = e.CapacityHoursPerWeek,
        PlanStart = e.PlanStart,
    };

    public void ApplyTo(Engagement e)
    {
        e.Name = Name.Trim();
        e.ClientName = ClientName.Trim();
        e.BusinessGoal = Blank(BusinessGoal);
        e.TeamSize = TeamSize;
        e.Budget = Budget;
        e.Currency = Blank(Currency)?.ToUpperInvariant();
        e.Timeline = Blank(Timeline);
        e.SystemUsers = Blank(SystemUsers);
        e.FailureImpact = Blank(FailureImpact);
        e.CapacityHoursPerWeek = CapacityHoursPerWeek;
        e.PlanStart = PlanStart;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
