using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Accounts;

/// <summary>Cutting someone off takes effect on their next request, even from a copied cookie.</summary>
public sealed class SessionTests
{
    private const string Bea = "bea@example.test";

    [Fact]
    public async Task A_copied_cookie_stops_working_after_sign_out()
    {
        using var factory = new WorkspaceFactory();
        (await Workspace.AdminAsync(factory)).Dispose();
        var (browser, copy) = await Sessions.SignInWithCopyAsync(factory, Workspace.AdminEmail);
        using var _ = browser;
        using var __ = copy;
        (await Sessions.IsSignedInAsync(copy)).ShouldBeTrue();

        (await browser.PostFormAsync("/signout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Sessions.IsSignedInAsync(copy)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(browser.Client)).ShouldBeFalse();
    }

    [Fact]
    public async Task Changing_ones_password_ends_other_sessions_and_keeps_this_one()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Consultant");
        var (laptop, laptopCopy) = await Sessions.SignInWithCopyAsync(factory, Bea);
        var (phone, phoneCopy) = await Sessions.SignInWithCopyAsync(factory, Bea);
        using var _ = laptop;
        using var __ = laptopCopy;
        using var ___ = phone;
        using var ____ = phoneCopy;
        const string NewPassword = "a much better passphrase";

        var (status, body) = await laptop.PostAsync("/accounts/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Workspace.Password,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Your password is changed");
        (await Sessions.IsSignedInAsync(laptop.Client)).ShouldBeTrue();
        (await Sessions.IsSignedInAsync(phone.Client)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(phoneCopy)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(laptopCopy)).ShouldBeFalse();
        var (again, againCopy) = await Sessions.SignInWithCopyAsync(factory, Bea, NewPassword);
        again.Dispose();
        againCopy.Dispose();
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var (status, body) = await admin.PostAsync("/accounts/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password at all",
            ["Input.Password"] = "a much better passphrase",
            ["Input.ConfirmPassword"] = "a much better passphrase",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("That is not your current password.");
        (await Sessions.IsSignedInAsync(admin.Client)).ShouldBeTrue();
        using var again = await Workspace.SignInAsync(factory, Workspace.AdminEmail);
    }

    [Fact]
    public async Task An_admin_reset_ends_the_users_sessions_and_its_link_sets_a_new_password_once()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Consultant");
        var (bea, copy) = await Sessions.SignInWithCopyAsync(factory, Bea);
        using var _ = bea;
        using var __ = copy;

        var (status, body) = await admin.PostAsync("/accounts/users", new Dictionary<string, string> { ["id"] = await UserIdAsync(factory, Bea) }, "/accounts/users?handler=Reset");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Password reset link");
        (await Sessions.IsSignedInAsync(copy)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(bea.Client)).ShouldBeFalse();
        await using (var db = factory.OpenDb())
        {
            db.Users.Single(u => u.Email == Bea).PasswordHash.ShouldBeNull();
        }

        using var stranger = new Browser(factory);
        var (old, oldBody) = await stranger.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = Bea, ["Password"] = Workspace.Password });
        old.ShouldBe(HttpStatusCode.OK);
        oldBody.ShouldContain("do not match");

        var link = Workspace.LinkOn(body);
        var (fresh, used) = await Workspace.UseLinkAsync(factory, link, "chosen after the reset");
        using var ___ = fresh;
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(fresh.Client)).ShouldBeTrue();
        var (twice, twiceResponse) = await Workspace.UseLinkAsync(factory, link, "someone else trying it");
        using var ____ = twice;
        twiceResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await twiceResponse.Content.ReadAsStringAsync()).ShouldContain("already been used");
    }

    [Fact]
    public async Task A_disabled_user_is_cut_off_at_once_cannot_sign_in_and_can_again_once_enabled()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Consultant");
        var (bea, copy) = await Sessions.SignInWithCopyAsync(factory, Bea);
        using var _ = bea;
        using var __ = copy;
        var id = await UserIdAsync(factory, Bea);

        (await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = id }, "/accounts/users?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Sessions.IsSignedInAsync(copy)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(bea.Client)).ShouldBeFalse();
        using var signIn = new Browser(factory);
        var (status, body) = await signIn.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = Bea, ["Password"] = Workspace.Password });
        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("This account has been disabled by an administrator.");
        (await admin.GetAsync("/accounts/users")).Body.ShouldContain("Disabled since 2026-03-02 09:00 UTC");

        (await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = id }, "/accounts/users?handler=Enable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var back = await Workspace.SignInAsync(factory, Bea);
        (await Sessions.IsSignedInAsync(back.Client)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_password_for_a_disabled_account_does_not_reveal_that_it_is_disabled()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Client");
        (await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = await UserIdAsync(factory, Bea) }, "/accounts/users?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var stranger = new Browser(factory);

        var (_, body) = await stranger.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = Bea, ["Password"] = "a guess of twelve" });

        body.ShouldContain("do not match");
        body.ShouldNotContain("disabled");
    }

    [Fact]
    public async Task An_admin_cannot_disable_reset_or_delete_their_own_account()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var me = await UserIdAsync(factory, Workspace.AdminEmail);

        foreach (var handler in new[] { "Disable", "Reset", "Delete" })
        {
            var (status, body) = await admin.PostAsync("/accounts/users", new Dictionary<string, string> { ["id"] = me }, $"/accounts/users?handler={handler}");
            status.ShouldBe(HttpStatusCode.OK, handler);
            body.ShouldContain("your own account here", Case.Sensitive, handler);
        }

        (await Sessions.IsSignedInAsync(admin.Client)).ShouldBeTrue();
        await using var db = factory.OpenDb();
        var stored = db.Users.Single();
        stored.DisabledAt.ShouldBeNull();
        stored.PasswordHash.ShouldNotBeNull();
    }

    [Fact]
    public async Task Deleting_a_user_ends_their_sessions_and_takes_their_memberships_and_hands_on_their_engagements()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Consultant");
        var (bea, copy) = await Sessions.SignInWithCopyAsync(factory, Bea);
        using var _ = bea;
        using var __ = copy;
        var hers = await Workspace.CreateEngagementAsync(bea, "Bea's client");
        var id = await UserIdAsync(factory, Bea);
        (await admin.GetAsync($"/engagements/{hers}")).Status.ShouldBe(HttpStatusCode.NotFound);

        (await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = id }, "/accounts/users?handler=Delete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Sessions.IsSignedInAsync(copy)).ShouldBeFalse();
        await using var db = factory.OpenDb();
        db.Users.Any(u => u.Id == id).ShouldBeFalse();
        db.Memberships.Any(m => m.UserId == id).ShouldBeFalse();
        // Her engagement is not left with nobody able to edit it: the administrator who deleted her is its consultant now.
        (await admin.GetAsync($"/engagements/{hers}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_user_id_is_not_found_on_the_users_page()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var response = await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = "no-such-user" }, "/accounts/users?handler=Delete");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_administrators_reach_the_users_page()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, Bea, "Consultant");
        using var bea = await Workspace.SignInAsync(factory, Bea);
        var adminId = await UserIdAsync(factory, Workspace.AdminEmail);

        var (status, _, response) = await bea.GetAsync("/accounts/users");
        var post = await bea.PostFormAsync("/accounts/password", new Dictionary<string, string> { ["id"] = adminId }, "/accounts/users?handler=Disable");

        status.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/status/403");
        post.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        await using var db = factory.OpenDb();
        db.Users.Single(u => u.Id == adminId).DisabledAt.ShouldBeNull();
    }

    internal static async Task<string> UserIdAsync(WorkspaceFactory factory, string email)
    {
        await using var db = factory.OpenDb();
        return db.Users.Single(u => u.Email == email).Id;
    }
}
