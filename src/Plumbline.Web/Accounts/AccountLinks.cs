using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Issues and redeems the single-use links with which a user sets their password (no mail server: the administrator
/// passes the link on). A link lives <see cref="Lifetime"/>; issuing a new one for a user voids their earlier ones.</summary>
internal sealed class AccountLinks(WorkspaceDb db, TimeProvider time)
{
    /// <summary>How long a link works: long enough to reach someone over a weekend, short enough not to linger in a chat log.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    /// <summary>The path of the page that redeems links; the token goes in its query string.</summary>
    public const string PagePath = "/set-password";

    /// <summary>Creates a link for <paramref name="userId"/> (not saved until the caller saves) and returns its token, the only copy.</summary>
    public async Task<string> IssueAsync(string userId, AccountLinkPurpose purpose, CancellationToken ct)
    {
        await db.AccountLinks.Where(l => l.UserId == userId && l.UsedAt == null).ExecuteDeleteAsync(ct);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        db.AccountLinks.Add(new AccountLink { UserId = userId, Purpose = purpose, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime });
        return token;
    }

    /// <summary>The link a token opens, or why it cannot be used.</summary>
    public async Task<AccountLinkCheck> CheckAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return AccountLinkCheck.Refused(AccountLinkCheck.Unknown);
        }

        var hash = Hash(token);
        var link = await db.AccountLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
        {
            return AccountLinkCheck.Refused(AccountLinkCheck.Unknown);
        }

        if (link.UsedAt is not null)
        {
            return AccountLinkCheck.Refused("This link has already been used. Sign in with the password you chose, or ask your administrator for a new link.");
        }

        if (time.GetUtcNow() >= link.ExpiresAt)
        {
            return AccountLinkCheck.Refused($"This link has expired (links work for {Lifetime.TotalHours:0} hours). Ask your administrator for a new one.");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == link.UserId, ct);
        if (user is null || user.DisabledAt is not null)
        {
            return AccountLinkCheck.Refused("This account has been disabled. Ask your administrator.");
        }

        return new AccountLinkCheck(link, user, null);
    }

    /// <summary>Marks the link used, in the database at once; false when another request used it first.</summary>
    public async Task<bool> ClaimAsync(AccountLink link, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.AccountLinks.Where(l => l.Id == link.Id && l.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), ct) == 1;
    }

    private static string Hash(string token) => Fingerprint.Sha256Hex(token);
}
