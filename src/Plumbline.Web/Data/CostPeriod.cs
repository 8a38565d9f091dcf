namespace Plumbline.Web.Data;

/// <summary>What a system's cost is counted per.</summary>
public enum CostPeriod
{
    Month,
    Year,
}
