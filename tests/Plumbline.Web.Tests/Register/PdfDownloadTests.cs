using System.Net;
using Plumbline.Testing.Browser;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Register;

/// <summary>The engagement report as a PDF download, printed by the server's Chromium.</summary>
public sealed class PdfDownloadTests
{
    [PdfTextFact]
    public async Task The_report_downloads_as_a_pdf_with_the_client_and_page_numbers_on_every_page()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Harbor");
        await Workspace.AddSystemAsync(admin, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });

        var overview = await admin.GetAsync($"/engagements/{id}");
        overview.Body.ShouldContain($"/engagements/{id}/report.pdf");
        var response = await admin.Client.GetAsync($"/engagements/{id}/report.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pages = PdfText.Pages(await response.Content.ReadAsByteArrayAsync());
        pages.ShouldNotBeEmpty();
        pages.ShouldAllBe(p => p.Contains("Harbor Ltd — technology plan") && p.Contains("Page "));
        PdfText.Squeezed(string.Concat(pages)).ShouldContain("Payroll");
    }
}
