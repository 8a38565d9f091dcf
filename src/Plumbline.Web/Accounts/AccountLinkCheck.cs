using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>What opening a link found: the link and its user, or the one sentence that says why not.</summary>
internal sealed record AccountLinkCheck(AccountLink? Link, WorkspaceUser? User, string? Problem)
{
    public const string Unknown = "This link is not valid. Check that it was copied whole, or ask your administrator for a new one.";

    public static AccountLinkCheck Refused(string problem) => new(null, null, problem);
}
