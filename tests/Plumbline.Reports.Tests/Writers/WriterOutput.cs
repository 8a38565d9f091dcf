using Plumbline.Reports.Model;
using Plumbline.Reports.Writers;

namespace Plumbline.Reports.Tests.Writers;

/// <summary>Runs a writer into a string.</summary>
internal static class WriterOutput
{
    public static string Of(IReportWriter writer, Report report)
    {
        using var text = new StringWriter();
        writer.Write(report, text);
        return text.ToString();
    }
}
