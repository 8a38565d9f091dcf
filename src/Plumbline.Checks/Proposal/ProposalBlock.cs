namespace Plumbline.Checks.Proposal;

/// <summary>One unit of a proposal as its reader saw it: a heading, a paragraph, a list item or a table row.</summary>
/// <param name="Text">The text, whitespace collapsed; a table row's cells joined with ": ".</param>
/// <param name="Kind">What the block is; headings give the sentences after them their section.</param>
/// <param name="Page">The 1-based page, for formats that have pages (PDF).</param>
/// <param name="Paragraph">The 1-based paragraph number: within the page for PDF, within the document otherwise.</param>
public sealed record ProposalBlock(string Text, BlockKind Kind, int? Page, int Paragraph);

/// <summary>What a block of a proposal is.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
}
