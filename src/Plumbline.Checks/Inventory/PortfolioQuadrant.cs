namespace Plumbline.Checks.Inventory;

/// <summary>"Worth fixing, or replace?": business fit × technical fit (the TIME model).</summary>
public enum PortfolioQuadrant
{
    /// <summary>Good for the business and technically sound: keep investing.</summary>
    Invest,

    /// <summary>Technically fine but of little use to the business: leave it alone.</summary>
    Tolerate,

    /// <summary>The business needs it but it is technically weak: move it to something better.</summary>
    Migrate,

    /// <summary>Neither useful nor sound: retire it.</summary>
    Eliminate,
}

/// <summary>Places a system in the portfolio: a fit of 3 or more out of 5 counts as high.</summary>
public static class Portfolio
{
    public const int HighFrom = 3;

    public static PortfolioQuadrant? Of(int? businessFit, int? technicalFit) => (businessFit, technicalFit) switch
    {
        ({ } b, { } t) => (b >= HighFrom, t >= HighFrom) switch
        {
            (true, true) => PortfolioQuadrant.Invest,
            (false, true) => PortfolioQuadrant.Tolerate,
            (true, false) => PortfolioQuadrant.Migrate,
            (false, false) => PortfolioQuadrant.Eliminate,
        },
        _ => null,
    };
}
