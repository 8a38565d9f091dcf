using Plumbline.Checks.Inventory;
using Plumbline.Reports.Pictures;
using Plumbline.Web.Data;
using Plumbline.Web.Inventory;

namespace Plumbline.Web.Tests.Inventory;

/// <summary>The portfolio on the shared grid renderer (whose geometry is tested in Plumbline.Reports.Tests): only its split and its dots here.</summary>
public sealed class PortfolioPictureTests
{
    [Fact]
    public void The_portfolio_splits_at_Portfolio_HighFrom_on_both_axes()
    {
        var picture = PortfolioPicture.Of([], _ => "#");

        var invest = GridLayout.Region(picture, picture.Regions.Single(r => r.Key == nameof(PortfolioQuadrant.Invest)));
        var eliminate = GridLayout.Region(picture, picture.Regions.Single(r => r.Key == nameof(PortfolioQuadrant.Eliminate)));

        invest.X.ShouldBe(GridLayout.Cell(Portfolio.HighFrom, 1).X);
        invest.Bottom.ShouldBe(GridLayout.Cell(1, Portfolio.HighFrom).Bottom);
        eliminate.Right.ShouldBe(invest.X);
        eliminate.Y.ShouldBe(invest.Bottom);
    }

    [Fact]
    public void Each_rated_system_is_a_linked_dot_inside_the_region_of_its_verdict_and_unrated_ones_are_left_out()
    {
        SystemEntry[] systems =
        [
            new() { Id = 1, Name = "Accounting", BusinessFit = 5, TechnicalFit = 4 },
            new() { Id = 2, Name = "Old CRM", BusinessFit = 4, TechnicalFit = 1 },
            new() { Id = 3, Name = "Fax server", BusinessFit = 1, TechnicalFit = 2 },
            new() { Id = 4, Name = "Wiki", BusinessFit = 2, TechnicalFit = 5 },
            new() { Id = 5, Name = "Not rated yet", BusinessFit = 3 },
        ];
        var picture = PortfolioPicture.Of(systems, s => $"/systems/{s.Id}");

        var placed = GridLayout.Place(picture.Dots);

        placed.Select(p => p.Dot.Label).ShouldBe(["Accounting", "Old CRM", "Fax server", "Wiki"], ignoreOrder: true);
        foreach (var p in placed)
        {
            var verdict = p.Dot.Data.Single(d => d.Key == "quadrant").Value;
            GridLayout.Region(picture, picture.Regions.Single(r => r.Key == verdict)).Holds(p.X, p.Y, p.Radius).ShouldBeTrue(p.Dot.Label);
            p.Dot.Href.ShouldStartWith("/systems/");
        }

        GridSvg.Render(picture).ShouldContain("class=\"grid-chart portfolio\"");
    }
}
