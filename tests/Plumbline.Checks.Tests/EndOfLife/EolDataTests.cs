using Plumbline.Checks.EndOfLife;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.EndOfLife;

public sealed class EolDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_product_page_gives_its_cycles_with_dates_flags_and_lts()
    {
        var (product, newest, error) = EolFrontMatter.Read("mysql", EolFixtures.Pages["mysql"], "mysql.md");

        error.ShouldBeNull();
        product!.Title.ShouldBe("MySQL");
        product.Cycles.Select(c => c.Cycle).ShouldBe(["8.4", "8.0", "5.7"]);
        product.Cycles[2].Eol.Date.ShouldBe(new DateOnly(2023, 10, 31));
        product.Cycles[0].Lts.ShouldBeTrue();
        product.Cycles[2].Lts.ShouldBeFalse();
        product.Cycles[0].Latest.ShouldBe("8.4.9");
        newest.ShouldBe(new DateOnly(2026, 8, 1));
    }

    [Fact]
    public void An_eol_of_false_means_no_end_announced_and_true_means_ended_without_a_date()
    {
        var (product, _, _) = EolFrontMatter.Read("dotnetfx", EolFixtures.Pages["dotnetfx"], "dotnetfx.md");
        var today = new DateOnly(2026, 12, 7);

        product!.Cycles[0].Eol.IsPast(today).ShouldBeFalse();
        product.Cycles[0].Eol.ToString().ShouldBe("none announced");
        EolMark.Parse("true")!.Value.IsPast(today).ShouldBeTrue();
        EolMark.Parse("2027-01-12")!.Value.EndsWithin(today, 6).ShouldBeTrue();
        EolMark.Parse("2027-07-12")!.Value.EndsWithin(today, 6).ShouldBeFalse();
    }

    [Fact]
    public void A_page_whose_eol_is_neither_a_date_nor_a_flag_is_an_error_naming_the_page_and_cycle()
    {
        var (product, _, error) = EolFrontMatter.Read("php", "---\ntitle: PHP\nreleases:\n  - releaseCycle: \"7.2\"\n    eol: soon\n---\n", "products/php.md");

        product.ShouldBeNull();
        error.ShouldBe("products/php.md: release cycle 7.2 has an eol that is neither a date nor true/false ('soon')");
    }

    [Fact]
    public void A_version_belongs_to_the_cycle_it_starts_with_or_an_image_major_to_its_newest_cycle()
    {
        var (php, _, _) = EolFrontMatter.Read("php", EolFixtures.Pages["php"], "php.md");
        var (fx, _, _) = EolFrontMatter.Read("dotnetfx", EolFixtures.Pages["dotnetfx"], "dotnetfx.md");
        var (mysql, _, _) = EolFrontMatter.Read("mysql", EolFixtures.Pages["mysql"], "mysql.md");

        php!.Match("7.2.34")!.Cycle.ShouldBe("7.2");
        php.Match("8")!.Cycle.ShouldBe("8.4");
        php.Match("5.6").ShouldBeNull();
        fx!.Match("4.5.2")!.Cycle.ShouldBe("4.5.2");
        fx.Match("4.5")!.Cycle.ShouldBe("4.5");
        mysql!.Match("5")!.Cycle.ShouldBe("5.7");
        mysql.Match("8.0.36")!.Cycle.ShouldBe("8.0");
    }

    [Fact]
    public void A_folder_and_a_zip_of_the_repository_import_the_same_products_and_round_trip_through_json()
    {
        var at = EolFixtures.Today;
        var folder = EolFixtures.WriteRepository(_temp.Full("eol"));
        _temp.WriteBytes("eol.zip", EolFixtures.Zip());

        var (fromFolder, e1) = EolImporter.Import(folder, at);
        var (fromZip, e2) = EolImporter.Import(_temp.Full("eol.zip"), at);
        var (fromProducts, e3) = EolImporter.Import(Path.Combine(folder, "products"), at);

        e1.ShouldBeNull();
        e2.ShouldBeNull();
        e3.ShouldBeNull();
        fromFolder!.Products.Keys.Order().ShouldBe(["angularjs", "dotnetfx", "mysql", "nodejs", "php", "postgresql"]);
        fromZip!.Products.Keys.Order().ShouldBe(fromFolder.Products.Keys.Order());
        fromProducts!.Products.Count.ShouldBe(6);
        fromFolder.DataAsOf.ShouldBe(new DateOnly(2026, 8, 1));

        var again = EolDatabase.FromJson(fromFolder.ToJson(), "eol.json");
        again.ToJson().ShouldBe(fromFolder.ToJson());
        again.ImportedAt.ShouldBe(at);
        again.Find("dotnetfx")!.Cycles[0].Eol.ShouldBe(EolMark.None);
    }

    [Fact]
    public void Importing_something_that_is_not_the_repository_says_what_to_give()
    {
        _temp.WriteFile("empty/readme.md", "nothing here");

        EolImporter.Import(_temp.Full("missing"), EolFixtures.Today).Error!.ShouldContain("no such file or folder");
        EolImporter.Import(_temp.Full("empty"), EolFixtures.Today).Error!.ShouldContain("no endoflife.date product pages found");
        Should.Throw<InvalidDataException>(() => EolDatabase.FromJson("{\"nope\": 1}", "eol.json")).Message.ShouldStartWith("eol.json is not a Plumbline end-of-life data file");
    }
}
