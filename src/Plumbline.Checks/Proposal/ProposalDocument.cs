namespace Plumbline.Checks.Proposal;

/// <summary>A vendor proposal as read from its file: the blocks of text in reading order, or why there is no text.</summary>
/// <param name="Name">The file name the review shows (not the full path).</param>
/// <param name="Format">The format it was read as: pdf, docx, html, markdown or text.</param>
/// <param name="Blocks">Headings, paragraphs, list items and table rows, in reading order.</param>
public sealed record ProposalDocument(string Name, string Format, IReadOnlyList<ProposalBlock> Blocks)
{
    /// <summary>Why no text could be read (a scanned PDF with no text layer), or null when the text was read.</summary>
    public string? NoText { get; init; }

    /// <summary>The vendor's name as the side-by-side table shows it: the file name without its extension.</summary>
    public string Vendor => Path.GetFileNameWithoutExtension(Name);
}
