using System.Net.Http.Headers;
using System.Text;
using Plumbline.Testing.Reports;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Proposals;

/// <summary>Uploads proposal files to an engagement the way the page's form does (multipart, with the antiforgery token).</summary>
internal static class ProposalUploads
{
    public static string Url(int engagementId) => $"/engagements/{engagementId}/proposals";

    /// <summary>A proposal from the review's corpus (tests/Plumbline.Checks.Tests/Proposal/Corpus).</summary>
    public static (string Name, byte[] Content) Corpus(string name) =>
        (name, File.ReadAllBytes(RepoRoot.File("tests/Plumbline.Checks.Tests/Proposal/Corpus/" + name)));

    public static (string Name, byte[] Content) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    public static async Task<HttpResponseMessage> UploadAsync(Browser browser, int engagementId, params (string Name, byte[] Content)[] files)
    {
        var token = await browser.TokenAsync();
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await browser.Client.PostAsync(Url(engagementId), form);
    }
}
