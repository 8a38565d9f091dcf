using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plumbline.Web.Shared;

/// <summary>The friendly page behind every error status (re-executed by the status-code middleware).</summary>
[IgnoreAntiforgeryToken]
internal sealed class StatusModel(Hosting.FirstRun firstRun) : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Message) = code switch
        {
            404 when firstRun.Pending => ("Not set up yet", "This workspace has no administrator yet. Open the setup link the server printed when it started (\"First run: open …/setup?token=…\")."),
            404 => ("Not found", "There is nothing here, or you are not a member of this engagement."),
            403 => ("Not allowed", "Your role in this engagement can read it but not change it."),
            429 => ("Too many attempts", "Wait a minute before trying to sign in again."),
            400 => ("Bad request", "The form was stale or incomplete. Go back, reload the page and try again."),
            _ => ("Something went wrong", "The error was logged. Try again, and if it keeps happening, tell your administrator."),
        };
    }
}
