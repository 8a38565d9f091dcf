using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>Walks every endpoint the app serves as four kinds of caller and with the engagement id spelled every way a
/// crafted URL could, and compares what happened with the table of what must happen. Shared by the SQLite and PostgreSQL
/// tests.</summary>
internal static partial class AccessMatrix
{
    public enum Who
    {
        Anonymous,
        NonMember,
        ClientMember,
        Consultant,
    }

    public enum Outcome
    {
        Allowed,
        SignIn,
        NotFound,
        Forbidden,
        ServerError,
    }

    /// <summary>How the request is about the engagement: read it, change it, answer its questionnaire (the one kind of
    /// change a client member may make), or open a page only its consultants may see (settings).</summary>
    public enum Kind
    {
        Read,
        Change,
        ClientChange,
        ConsultantsOnly,
    }

    /// <summary>The id spellings: only the first is the id; the rest once slipped past a stricter parse in the access check.</summary>
    public static IEnumerable<(string Form, bool Canonical)> IdForms(int id) =>
    [
        ($"{id}", true), ($"+{id}", false), ($"%2B{id}", false), ($"%20{id}", false), ($"{id}%20", false), ($"0{id}", false),
        ($"{id}.0", false), ($"-{id}", false), ("0", false), ("2147483648", false), ("seven", false),
    ];

    /// <summary>The table: what each caller gets, by kind of request and whether the id is spelled canonically.</summary>
    public static Outcome Expected(Who who, Kind kind, bool canonical) => (who, canonical, kind) switch
    {
        (Who.Anonymous, true, _) => Outcome.SignIn,
        (Who.Anonymous, false, _) => Outcome.SignIn,
        (Who.NonMember, _, _) => Outcome.NotFound,
        (_, false, _) => Outcome.NotFound,
        (Who.ClientMember, true, Kind.Read) => Outcome.Allowed,
        (Who.ClientMember, true, Kind.Change) => Outcome.Forbidden,
        (Who.ClientMember, true, Kind.ClientChange) => Outcome.Allowed,
        (Who.ClientMember, true, Kind.ConsultantsOnly) => Outcome.Forbidden,
        (Who.Consultant, true, _) => Outcome.Allowed,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>The first differences and how many there were, short enough to read in a test failure.</summary>
    public static string Describe(IReadOnlyList<string> differences) =>
        $"{differences.Count} cells differ from the table:{Environment.NewLine}{string.Join(Environment.NewLine, differences.Take(30))}";

    public static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return response.StatusCode switch
        {
            >= HttpStatusCode.InternalServerError => Outcome.ServerError,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/signin", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/status/403", StringComparison.Ordinal) => Outcome.Forbidden,
            _ => Outcome.Allowed,
        };
    }

    /// <summary>Runs the whole matrix on <paramref name="factory"/> and returns every cell that differed from the table.</summary>
    public static async Task<List<string>> RunAsync(WorkspaceFactory factory)
    {
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, "consultant@example.test", "Consultant");
        await Workspace.CreateUserAsync(admin, "outsider@example.test", "Consultant");
        await Workspace.CreateUserAsync(admin, "client@example.test", "Client");
        var callers = new Dictionary<Who, Browser>
        {
            [Who.Anonymous] = new Browser(factory),
            [Who.NonMember] = await Workspace.SignInAsync(factory, "outsider@example.test"),
            [Who.ClientMember] = await Workspace.SignInAsync(factory, "client@example.test"),
            [Who.Consultant] = await Workspace.SignInAsync(factory, "consultant@example.test"),
        };
        try
        {
            // The non-member is a consultant with an engagement of their own: access is per engagement, not per role.
            await Workspace.CreateEngagementAsync(callers[Who.NonMember], "Outsider's own");
            var shared = await EngagementAsync(factory, callers[Who.Consultant], "Shared", withClient: true);
            var tokens = new Dictionary<Who, string?>();
            foreach (var (who, browser) in callers)
            {
                tokens[who] = who == Who.Anonymous ? null : await browser.TokenAsync();
            }

            var ways = (await EndpointCatalog.ReadAsync(factory)).Where(w => w.NamesEngagement).ToList();
            ways.Count.ShouldBeGreaterThan(15, "the endpoint enumeration found too few engagement endpoints to be reading the app");
            var differences = new List<string>();
            foreach (var way in ways)
            {
                var kind = way.ConsultantsOnly ? Kind.ConsultantsOnly : way.Verb is "GET" or "HEAD" ? Kind.Read : way.ClientMayPost ? Kind.ClientChange : Kind.Change;
                foreach (var who in Enum.GetValues<Who>())
                {
                    foreach (var (form, canonical) in IdForms(shared.Id))
                    {
                        // A change that is allowed really changes things: the consultant's go to an engagement of their own.
                        var target = who == Who.Consultant && canonical && kind != Kind.Read
                            ? await EngagementAsync(factory, callers[Who.Consultant], "Scratch", withClient: false)
                            : shared;
                        var url = Url(way, canonical ? target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : form, target);
                        using var response = await SendAsync(callers[who].Client, way.Verb, url, tokens[who], target.ChildIds(way));
                        var got = Classify(response);
                        var expected = Expected(who, kind, canonical);
                        if (got != expected)
                        {
                            differences.Add($"{way.Verb} {url} as {who}: expected {expected}, got {got} ({(int)response.StatusCode})");
                        }
                    }
                }
            }

            return differences;
        }
        finally
        {
            foreach (var browser in callers.Values)
            {
                browser.Dispose();
            }
        }
    }

    /// <summary>An engagement with a system and the item the inventory raised for it, so every child route has a real id.</summary>
    public static async Task<Target> EngagementAsync(WorkspaceFactory factory, Browser consultant, string name, bool withClient)
    {
        var id = await Workspace.CreateEngagementAsync(consultant, name);
        var systemId = await Workspace.AddSystemAsync(consultant, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });
        if (withClient)
        {
            await Workspace.AddMemberAsync(consultant, id, "client@example.test", "Client");
        }

        await using var db = factory.OpenDb();
        var itemId = await db.Items.Where(i => i.EngagementId == id).Select(i => i.Id).FirstAsync();
        var holding = new DataHolding { EngagementId = id, SystemId = systemId, DataKind = "payslips", IsSourceOfTruth = true };
        var link = new Integration { EngagementId = id, FromSystemId = systemId, ToSystemId = systemId, Kind = IntegrationKind.ManualRekeying, DataKind = "payslips" };
        var proposal = new StoredProposal { EngagementId = id, FileName = "quote.md", Content = "# Quote\n\nThe client owns the source code."u8.ToArray(), UploadedAt = factory.Time.GetUtcNow() };
        db.AddRange(holding, link, proposal);
        await db.SaveChangesAsync();
        var membershipId = await db.Memberships.Where(m => m.EngagementId == id && m.Role == EngagementRole.Consultant).Select(m => m.Id).FirstAsync();
        return new Target(id, systemId, itemId, holding.Id, link.Id, membershipId, proposal.Id);
    }

    /// <summary>An engagement and the ids of its children, for routes and for the forms that name a child.</summary>
    public sealed record Target(int Id, int SystemId, int ItemId, int HoldingId, int IntegrationId, int ConsultantMembershipId, int ProposalId)
    {
        /// <summary>The form fields of <paramref name="way"/> that name a child of this engagement, filled with its real id.</summary>
        public IEnumerable<KeyValuePair<string, string>> ChildIds(EndpointCatalog.Way way) => way.Fields
            .Select(f => new KeyValuePair<string, string>(f, f switch
            {
                "holdingId" => HoldingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "integrationId" => IntegrationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "membershipId" => ConsultantMembershipId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "proposalId" => ProposalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => string.Empty,
            }))
            .Where(f => f.Value.Length > 0);
    }

    /// <summary>The way's route with its parameters filled in: the engagement as given, its children with real ids.</summary>
    public static string Url(EndpointCatalog.Way way, string engagement, Target target)
    {
        var path = RouteParameter().Replace(way.Pattern, m => m.Groups["name"].Value switch
        {
            "engagementId" => engagement,
            "itemId" => target.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "systemId" => target.SystemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "templateId" => "security-basics",
            "extension" => "json",
            "code" => "404",
            "period" => "2026-11",
            var other => throw new InvalidOperationException($"{way}: the access matrix does not know how to fill {{{other}}}; teach it in AccessMatrix.Url."),
        });
        return way.Handler is null ? path : $"{path}?handler={way.Handler}";
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string url, string? token, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), url);
        if (verb is not ("GET" or "HEAD"))
        {
            var form = new List<KeyValuePair<string, string>>(fields ?? []);
            if (token is not null)
            {
                form.Add(new("__RequestVerificationToken", token));
            }

            request.Content = new FormUrlEncodedContent(form);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[A-Za-z]+)?\??\}")]
    private static partial Regex RouteParameter();
}
