using Plumbline.Reports.Writers.Html;

namespace Plumbline.Reports.Tests.Writers.Html;

public sealed class HtmlTextTests
{
    [Fact]
    public void A_script_tag_becomes_inert_text()
    {
        HtmlText.Escape("<script>alert('x')</script>").ShouldBe("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    [Fact]
    public void Quotes_and_ampersands_cannot_end_an_attribute()
    {
        HtmlText.Escape("a\" onload=\"x & y").ShouldBe("a&quot; onload=&quot;x &amp; y");
    }

    [Fact]
    public void Control_characters_are_dropped_but_newlines_kept()
    {
        HtmlText.Escape("a\u0001b\nc").ShouldBe("ab\nc");
    }

    [Fact]
    public void Null_and_empty_escape_to_empty()
    {
        HtmlText.Escape(null).ShouldBe(string.Empty);
        HtmlText.Escape(string.Empty).ShouldBe(string.Empty);
    }

    [Fact]
    public void Truncation_happens_before_escaping_so_no_entity_is_cut()
    {
        var shortened = HtmlText.Truncate("Fish & chips & more", 8);
        shortened.ShouldBe("Fish &…");
        HtmlText.Escape(shortened).ShouldBe("Fish &amp;…");
    }

    [Fact]
    public void Anchors_keep_only_safe_characters()
    {
        HtmlText.Anchor("item-", "a b\"<c>").ShouldBe("item-a-b--c-");
    }
}
