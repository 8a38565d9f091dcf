using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>Posts garbage into every field of every form the app serves (from the endpoint enumeration), as the user the
/// form is for, and requires that nothing answers 5xx — neither the post nor the engagement's pages afterwards (a bad
/// value once stored broke the register until it was changed back). Unknown handlers are a 404.</summary>
internal static class GarbageForms
{
    /// <summary>Values a crafted request might carry in any field.</summary>
    public static readonly string[] Values =
    [
        "maybe", string.Empty, " ", "-1", "0", "9999-12-31", "0001-01-01", "1899-12-31", "2147483648", "-2147483649",
        "79228162514264337593543950336", "1e309", "NaN", "Infinity", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
        new string('x', 5000), "１２", "\u202E", "true,false", "null", "[]", "{}",
    ];

    /// <summary>What a consultant sees of an engagement: each must still render after the garbage.</summary>
    private static readonly string[] Pages =
        ["", "/profile", "/inventory", "/portfolio", "/register", "/matrix", "/roadmap", "/audits", "/assessments", "/members", "/report.html", "/report.json", "/export.json"];

    public static async Task<List<string>> RunAsync(WorkspaceFactory factory)
    {
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, "client@example.test", "Client");
        await Workspace.CreateUserAsync(admin, "consultant@example.test", "Consultant");
        using var consultant = await Workspace.SignInAsync(factory, "consultant@example.test");
        var token = await consultant.TokenAsync();
        var ways = await EndpointCatalog.ReadAsync(factory);
        var problems = new List<string>();

        foreach (var way in ways.Where(w => w.NamesEngagement))
        {
            var target = await AccessMatrix.EngagementAsync(factory, consultant, "Garbage", withClient: true);
            var url = AccessMatrix.Url(way, target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), target);
            if (way.Verb != "GET")
            {
                foreach (var value in Values)
                {
                    var fields = way.Fields.Select(f => new KeyValuePair<string, string>(f, value));
                    using var response = await AccessMatrix.SendAsync(consultant.Client, way.Verb, url, token, fields);
                    if ((int)response.StatusCode >= 500)
                    {
                        problems.Add($"{way.Verb} {url} with every field \"{Shown(value)}\": {(int)response.StatusCode} {factory.Errors.Last}");
                    }
                }
            }

            foreach (var page in Pages)
            {
                using var response = await consultant.Client.GetAsync($"/engagements/{target.Id}{page}");
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"after garbage to {way}: GET /engagements/{target.Id}{page}: {(int)response.StatusCode} {factory.Errors.Last}");
                }
            }
        }

        // Unknown handlers on every page that has a route of its own: 404, on GET and POST.
        var shared = await AccessMatrix.EngagementAsync(factory, consultant, "Handlers", withClient: false);
        foreach (var pattern in ways.Where(w => w.NamesEngagement && w.IsPage).Select(w => w.Pattern).Distinct())
        {
            var url = AccessMatrix.Url(new EndpointCatalog.Way(pattern, "GET", null, false, [], true), shared.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), shared);
            foreach (var verb in new[] { "GET", "POST" })
            {
                using var response = await AccessMatrix.SendAsync(consultant.Client, verb, url + "?handler=Nope", token);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    problems.Add($"{verb} {url}?handler=Nope: expected 404, got {(int)response.StatusCode}");
                }
            }
        }

        // The forms outside engagements, as the administrator (each value on a fresh sign-in: one form is sign-out).
        foreach (var way in ways.Where(w => !w.NamesEngagement && w.Verb == "POST"))
        {
            foreach (var value in Values)
            {
                using var signedIn = await Workspace.SignInAsync(factory, Workspace.AdminEmail);
                var fields = way.Fields.Select(f => new KeyValuePair<string, string>(f, value));
                using var response = await AccessMatrix.SendAsync(signedIn.Client, way.Verb, AccessMatrix.Url(way, "0", shared), await signedIn.TokenAsync(), fields);
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{way} with every field \"{Shown(value)}\": {(int)response.StatusCode} {factory.Errors.Last}");
                }
            }
        }

        return problems;
    }

    private static string Shown(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
