using System.Globalization;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>One date a system's contract asks something of the business: a notice deadline, a renewal, an end.</summary>
public sealed record ContractDeadline(DateOnly Date, DeadlineKind Kind, int SystemId, string System, string? AccountOwner, RenewalDecision Decision, int? NoticeDays, DateOnly? RenewsOn)
{
    /// <summary>What the day is, in a few words: "Notice deadline for Xero".</summary>
    public string Title => Kind switch
    {
        DeadlineKind.Notice => $"Notice deadline for {System}",
        DeadlineKind.Renewal => $"{System} renews",
        DeadlineKind.ContractEnd => $"{System} contract ends",
        _ => throw new InvalidOperationException($"Unknown deadline kind {Kind}."),
    };

    /// <summary>What to do about it, for a calendar entry.</summary>
    public string Description
    {
        get
        {
            var owner = AccountOwner is null ? "No account owner is recorded." : $"Account owner: {AccountOwner}.";
            var decision = Decision == RenewalDecision.Undecided ? "No renewal decision is recorded." : $"Decision: {Decision.Label()}.";
            return Kind == DeadlineKind.Notice
                ? $"Last day to give {NoticeDays} days' notice before {System} renews on {Day(RenewsOn!.Value)}: renew, cancel or renegotiate. {decision} {owner}"
                : $"{Title}. {decision} {owner}";
        }
    }

    /// <summary>The deadlines in a system's contract: its notice deadline (when a notice period is known), its renewal, and its
    /// end when that is another day.</summary>
    public static IEnumerable<ContractDeadline> Of(SystemEntry s)
    {
        if (s.RenewsOn is { } renews && s.NoticeDays is { } notice && notice > 0)
        {
            yield return New(s, renews.AddDays(-notice), DeadlineKind.Notice);
        }

        if (s.RenewalDate is { } renewal)
        {
            yield return New(s, renewal, DeadlineKind.Renewal);
        }

        if (s.ContractEnd is { } end && end != s.RenewalDate)
        {
            yield return New(s, end, DeadlineKind.ContractEnd);
        }
    }

    /// <summary>Every deadline from <paramref name="from"/> to <paramref name="to"/> (both included), by date.</summary>
    public static IReadOnlyList<ContractDeadline> Between(IEnumerable<SystemEntry> systems, DateOnly from, DateOnly to) =>
        [.. systems.SelectMany(Of).Where(d => d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).ThenBy(d => d.Kind).ThenBy(d => d.System, StringComparer.OrdinalIgnoreCase)];

    private static ContractDeadline New(SystemEntry s, DateOnly date, DeadlineKind kind) =>
        new(date, kind, s.Id, s.Name, s.AccountOwner, s.RenewalDecision, s.NoticeDays, s.RenewsOn);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
