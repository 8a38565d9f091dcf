using Plumbline.Reports.Pdf;
using Xunit;

namespace Plumbline.Testing.Browser;

/// <summary>A test that needs a Chromium-family browser (Debian's chromium in CI, installed by .ci/setup-web.sh); skipped
/// with the reason when none is installed. The browser is found the way <c>plumb --format pdf</c> finds it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = $"no Chromium-family browser is installed ({Chromium.HowToInstall}; .ci/setup-web.sh does this)";
        }
    }

    /// <summary>The browser's path, for Playwright's ExecutablePath.</summary>
    public static string Executable => Chromium.Find() ?? "/usr/bin/chromium";
}
