using Plumbline.Reports.Pdf;
using Xunit;

namespace Plumbline.Testing.Browser;

/// <summary>A test that prints a PDF with Chromium and reads it back with poppler's pdftotext (.ci/setup-reports.sh installs
/// both); skipped with the reason when either is missing.</summary>
public sealed class PdfTextFactAttribute : FactAttribute
{
    public PdfTextFactAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = $"no Chromium-family browser is installed ({Chromium.HowToInstall})";
        }
        else if (!File.Exists(PdfText.Executable))
        {
            Skip = $"{PdfText.Executable} is not installed (apt-get install -y poppler-utils; .ci/setup-reports.sh does this)";
        }
    }
}
