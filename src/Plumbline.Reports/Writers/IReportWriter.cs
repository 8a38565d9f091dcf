using Plumbline.Reports.Model;

namespace Plumbline.Reports.Writers;

/// <summary>Renders a report in one file format.</summary>
public interface IReportWriter
{
    /// <summary>The <c>--format</c> name: html, md, json, sarif, csv.</summary>
    string Format { get; }

    /// <summary>The file name extension, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the report.</summary>
    void Write(Report report, TextWriter writer);
}
