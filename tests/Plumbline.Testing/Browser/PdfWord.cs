namespace Plumbline.Testing.Browser;

/// <summary>One word of a PDF page: its page (from 1), its box in points from the page's top left, and its text.</summary>
public sealed record PdfWord(int Page, double Left, double Top, double Right, double Bottom, string Text);
