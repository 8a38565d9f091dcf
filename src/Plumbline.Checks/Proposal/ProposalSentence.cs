namespace Plumbline.Checks.Proposal;

/// <summary>One sentence of a proposal with where it stands, so every verdict can point at the words it rests on.</summary>
/// <param name="Text">The sentence as written, clause number removed.</param>
/// <param name="Heading">The heading of the section it is in, or null before the first heading.</param>
/// <param name="Page">The page, for PDF.</param>
/// <param name="Paragraph">The paragraph number (within the page for PDF).</param>
/// <param name="Clause">A clause number the paragraph started with ("4.2"), or null.</param>
public sealed record ProposalSentence(string Text, string? Heading, int? Page, int Paragraph, string? Clause)
{
    /// <summary>The text the rules read: the section's heading, then the sentence, so "Backups" over "Daily, kept 30 days." reads as one statement.</summary>
    public string Matched => Heading is null ? Text : $"{Heading}: {Text}";

    /// <summary>"page 2, paragraph 3 (clause 4.2)" or "paragraph 7".</summary>
    public string Where
    {
        get
        {
            var where = Page is { } page
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page {page}, paragraph {Paragraph}")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"paragraph {Paragraph}");
            return Clause is null ? where : $"{where} (clause {Clause})";
        }
    }
}
