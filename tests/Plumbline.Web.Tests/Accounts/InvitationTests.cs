using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Accounts;

/// <summary>New users are invited: the administrator never types their password; the invitee chooses it through a link
/// that works once and for 72 hours.</summary>
public sealed class InvitationTests
{
    private const string Cam = "cam@example.test";

    [Fact]
    public async Task The_invitation_form_asks_for_no_password()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var page = await admin.PageAsync("/accounts/users");

        page.QuerySelectorAll("input[type=password]").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invitation_link_signs_the_invitee_in_with_the_password_they_choose()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var link = await Workspace.InviteAsync(admin, Cam, "Client");
        await using (var db = factory.OpenDb())
        {
            var cam = db.Users.Single(u => u.Email == Cam);
            cam.PasswordHash.ShouldBeNull();
            // Only a hash of the token is kept.
            db.AccountLinks.Single().TokenHash.ShouldNotContain(link[(link.IndexOf('=') + 1)..]);
        }

        using var invitee = new Browser(factory);
        (await invitee.GetAsync(link)).Body.ShouldContain(Cam);
        var (browser, response) = await Workspace.UseLinkAsync(factory, link);
        using var _ = browser;

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(browser.Client)).ShouldBeTrue();
        using var later = await Workspace.SignInAsync(factory, Cam);
    }

    [Fact]
    public async Task An_invitation_link_is_refused_when_used_a_second_time()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var link = await Workspace.InviteAsync(admin, Cam, "Consultant");
        var (first, _) = await Workspace.UseLinkAsync(factory, link);
        first.Dispose();

        var (second, response) = await Workspace.UseLinkAsync(factory, link, "an intruder's password");
        using var _ = second;
        using var looker = new Browser(factory);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This link has already been used.");
        (await looker.GetAsync(link)).Body.ShouldContain("This link has already been used.");
        (await Sessions.IsSignedInAsync(second.Client)).ShouldBeFalse();
        using var cam = await Workspace.SignInAsync(factory, Cam);
    }

    [Fact]
    public async Task An_invitation_link_is_refused_after_72_hours()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var link = await Workspace.InviteAsync(admin, Cam, "Consultant");
        factory.Time.Advance(TimeSpan.FromHours(72));

        var (late, response) = await Workspace.UseLinkAsync(factory, link);
        using var _ = late;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This link has expired");
        await using var db = factory.OpenDb();
        db.Users.Single(u => u.Email == Cam).PasswordHash.ShouldBeNull();
    }

    [Fact]
    public async Task An_invitation_link_still_works_just_before_72_hours()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var link = await Workspace.InviteAsync(admin, Cam, "Consultant");
        factory.Time.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));

        var (browser, response) = await Workspace.UseLinkAsync(factory, link);
        using var _ = browser;

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_made_up_or_truncated_link_is_refused_with_a_clear_message()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var link = await Workspace.InviteAsync(admin, Cam, "Consultant");
        using var visitor = new Browser(factory);

        foreach (var url in new[] { link[..^3], "/set-password", "/set-password?token=" + new string('A', 43) })
        {
            var (status, body, _) = await visitor.GetAsync(url);
            status.ShouldBe(HttpStatusCode.OK, url);
            body.ShouldContain("This link is not valid.", Case.Sensitive, url);
            body.ShouldNotContain(Cam);
        }
    }

    [Fact]
    public async Task A_new_invitation_replaces_the_earlier_link()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var first = await Workspace.InviteAsync(admin, Cam, "Consultant");
        var (_, body) = await admin.PostAsync("/accounts/users", new Dictionary<string, string> { ["id"] = await SessionTests.UserIdAsync(factory, Cam) }, "/accounts/users?handler=Reset");
        var second = Workspace.LinkOn(body);

        var (old, oldResponse) = await Workspace.UseLinkAsync(factory, first);
        using var _ = old;
        var (fresh, freshResponse) = await Workspace.UseLinkAsync(factory, second);
        using var __ = fresh;

        (await oldResponse.Content.ReadAsStringAsync()).ShouldContain("This link is not valid.");
        freshResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Inviting_an_email_already_in_use_explains_and_shows_no_link()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var (status, body) = await admin.PostAsync("/accounts/users", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Again",
            ["Input.Email"] = Workspace.AdminEmail,
            ["Role"] = "Client",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("is already taken");
        body.ShouldNotContain("set-password?token=");
    }
}
