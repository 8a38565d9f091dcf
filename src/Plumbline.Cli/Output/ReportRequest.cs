using Plumbline.Core.Scales;

namespace Plumbline.Cli.Output;

/// <summary>What the user asked to be produced: formats, where files go, and the <c>--fail-on</c> threshold.</summary>
/// <param name="Formats">terminal and/or file formats, in the order given.</param>
/// <param name="OutDirectory">Folder for files; "-" writes one file format to standard output.</param>
/// <param name="FailOn">Exit 1 when an active item is at or above this quadrant's urgency.</param>
internal sealed record ReportRequest(IReadOnlyList<string> Formats, string OutDirectory, Quadrant? FailOn)
{
    public bool ToStandardOutput => OutDirectory == "-";

    /// <summary>The browser that prints <c>--format pdf</c>, found when the options were read; null when no PDF was asked for.</summary>
    public Reports.Pdf.PdfPrinter? Pdf { get; init; }
}
