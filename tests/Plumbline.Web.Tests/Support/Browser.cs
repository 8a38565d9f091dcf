using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plumbline.Web.Tests.Support;

/// <summary>A cookie-keeping client that fills in forms the way a browser without JavaScript would.</summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    public Browser(WorkspaceFactory factory)
    {
        Factory = factory;
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>The workspace this browser talks to (another browser on it is another person, or another device).</summary>
    public WorkspaceFactory Factory { get; }

    public HttpClient Client => _client;

    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public async Task<IHtmlDocument> PageAsync(string url)
    {
        var (status, body, _) = await GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return new HtmlParser().ParseDocument(body);
    }

    /// <summary>Loads <paramref name="pageUrl"/>, takes the antiforgery token from its first form (or, on a page without one, from
    /// the sign-out page's form, or for someone signed out the sign-in page's: the token is the user's, not the page's), and
    /// posts the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var (_, body, _) = await GetAsync(pageUrl);
        var token = TokenPattern().Match(body);
        if (!token.Success)
        {
            token = TokenPattern().Match((await GetAsync("/signout")).Body);
        }

        if (!token.Success)
        {
            token = TokenPattern().Match((await GetAsync("/signin")).Body);
        }

        token.Success.ShouldBeTrue($"no antiforgery token on {pageUrl} or /signout");
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        return await _client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>The signed-in user's antiforgery token (the token is the user's, not a page's), from the sign-out form.</summary>
    public async Task<string> TokenAsync()
    {
        var token = TokenPattern().Match((await GetAsync("/signout")).Body);
        token.Success.ShouldBeTrue("no antiforgery token on /signout");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var response = await PostFormAsync(pageUrl, fields, postUrl);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
