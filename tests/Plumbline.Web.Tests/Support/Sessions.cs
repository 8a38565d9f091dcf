using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plumbline.Web.Tests.Support;

/// <summary>Sessions as an attacker would hold them: a sign-in cookie copied off a machine and replayed from elsewhere.</summary>
public static class Sessions
{
    /// <summary>Signs in on a fresh browser and also returns a client that replays that browser's sign-in cookie.</summary>
    public static async Task<(Browser Browser, HttpClient Copy)> SignInWithCopyAsync(WorkspaceFactory factory, string email, string password = Workspace.Password)
    {
        var browser = new Browser(factory);
        var response = await browser.PostFormAsync("/signin", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("plumbline.auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return (browser, copy);
    }

    /// <summary>True when the client's cookie still signs it in (the engagement list answers instead of sending it to sign in).</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/");
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/signin", StringComparison.Ordinal) => false,
            var other => throw new InvalidOperationException($"GET / gave {other}"),
        };
    }
}
