namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>A test that needs Debian's Chromium; skipped with the reason when it is not installed (.ci/setup-web.sh installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"{Executable} is not installed (apt-get install -y chromium; .ci/setup-web.sh does this)";
        }
    }
}
