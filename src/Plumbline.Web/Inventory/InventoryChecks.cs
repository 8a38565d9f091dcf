using System.Globalization;
using Plumbline.Core.Findings;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>The checks run on an inventory: pure functions from a snapshot and a date to findings.</summary>
/// <remarks>Each check names the question it answers; every system or data kind gets a Pass or a Fail, so
/// the page can show what is working as well as what is not.</remarks>
public static class InventoryChecks
{
    public const string SourceOfTruth = "inventory.source-of-truth";
    public const string KnownByOnePerson = "inventory.known-by-one-person";
    public const string Backups = "inventory.backups";
    public const string RestoreTested = "inventory.restore-tested";
    public const string AdminMfa = "inventory.admin-mfa";
    public const string IntegrationAlerts = "inventory.integration-alerts";
    public const string ManualReKeying = "inventory.manual-re-keying";
    public const string Portfolio = "inventory.portfolio";

    /// <summary>A restore test older than this many months no longer counts.</summary>
    public const int RestoreTestMonths = 6;

    public static IReadOnlyList<Finding> Run(InventorySnapshot inventory, DateOnly today)
    {
        var findings = new List<Finding>();
        findings.AddRange(SourcesOfTruth(inventory));
        foreach (var system in inventory.Systems.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(Knowledge(system));
            findings.AddRange(BackupsAndRestores(system, today));
            if (system.AdminAccounts > 0)
            {
                findings.Add(Mfa(system));
            }

            if (PortfolioFinding(system) is { } p)
            {
                findings.Add(p);
            }
        }

        foreach (var integration in inventory.Integrations)
        {
            findings.Add(Integration(inventory, integration));
        }

        return findings;
    }

    private static IEnumerable<Finding> SourcesOfTruth(InventorySnapshot inventory)
    {
        var byKind = inventory.DataHoldings
            .GroupBy(h => h.DataKind.Trim().ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in byKind)
        {
            var name = kind.First().DataKind.Trim();
            var owners = kind.Where(h => h.IsSourceOfTruth).Select(h => inventory.NameOf(h.SystemId)).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var holders = kind.Select(h => inventory.NameOf(h.SystemId)).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var location = new Location(Record: $"data: {name}");
            var fp = Fingerprint.Of(SourceOfTruth, kind.Key);
            yield return owners.Count switch
            {
                0 => Fail(SourceOfTruth, "name-a-source-of-truth", Severity.High,
                    $"Nobody owns the {name} data: it is held in {Join(holders)} and none of them is named the source of truth.", location, fp, holders),
                1 => Pass(SourceOfTruth, "name-a-source-of-truth", $"{owners[0]} is the one source of truth for {name}.", location, fp),
                _ => Fail(SourceOfTruth, "name-a-source-of-truth", Severity.High,
                    $"{Join(owners)} each claim to be the source of truth for {name}; they will drift apart.", location, fp, owners),
            };
        }
    }

    private static Finding Knowledge(SystemEntry system)
    {
        var location = SystemLocation(system);
        var fp = Fingerprint.Of(KnownByOnePerson, system.Name.ToLowerInvariant());
        return system.PeopleWhoKnowIt <= 1
            ? Fail(KnownByOnePerson, "spread-system-knowledge", Severity.Medium,
                system.PeopleWhoKnowIt == 0
                    ? $"Nobody knows how to run {system.Name}."
                    : $"Only one person knows how to run {system.Name}.", location, fp, [$"people who know it: {system.PeopleWhoKnowIt}"])
            : Pass(KnownByOnePerson, "spread-system-knowledge", $"{system.PeopleWhoKnowIt} people know how to run {system.Name}.", location, fp);
    }

    private static IEnumerable<Finding> BackupsAndRestores(SystemEntry system, DateOnly today)
    {
        var location = SystemLocation(system);
        if (!system.HasBackups)
        {
            yield return Fail(Backups, "back-up-critical-systems", Severity.High,
                $"{system.Name} has no backups.", location, Fingerprint.Of(Backups, system.Name.ToLowerInvariant()), []);
            yield break;
        }

        yield return Pass(Backups, "back-up-critical-systems", $"{system.Name} is backed up.", location, Fingerprint.Of(Backups, system.Name.ToLowerInvariant()));
        var fp = Fingerprint.Of(RestoreTested, system.Name.ToLowerInvariant());
        var cutoff = today.AddMonths(-RestoreTestMonths);
        if (system.LastRestoreTest is not { } last)
        {
            yield return Fail(RestoreTested, "test-restores", Severity.High,
                $"{system.Name}'s backups have never been restore-tested.", location, fp, []);
        }
        else if (last < cutoff)
        {
            yield return Fail(RestoreTested, "test-restores", Severity.Medium,
                $"{system.Name}'s last restore test was on {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, more than {RestoreTestMonths} months ago.",
                location, fp, [$"last tested restore: {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"]);
        }
        else
        {
            yield return Pass(RestoreTested, "test-restores",
                $"{system.Name}'s backups were restore-tested on {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", location, fp);
        }
    }

    private static Finding Mfa(SystemEntry system)
    {
        var fp = Fingerprint.Of(AdminMfa, system.Name.ToLowerInvariant());
        return system.MfaEnforced
            ? Pass(AdminMfa, "enforce-mfa-for-admins", $"MFA is enforced for {system.Name}'s admins.", SystemLocation(system), fp)
            : Fail(AdminMfa, "enforce-mfa-for-admins", Severity.Critical,
                $"{system.Name} has {system.AdminAccounts} admin account(s) without multi-factor authentication.", SystemLocation(system), fp,
                [$"admin accounts: {system.AdminAccounts}"]);
    }

    private static Finding? PortfolioFinding(SystemEntry system)
    {
        var quadrant = Inventory.Portfolio.Of(system.BusinessFit, system.TechnicalFit);
        var fp = Fingerprint.Of(Portfolio, system.Name.ToLowerInvariant());
        if (system.Lifecycle == SystemLifecycle.EndOfLife)
        {
            return Fail(Portfolio, "review-and-replace-system", Severity.Medium,
                $"{system.Name} is at the end of its life: decide what replaces it.", SystemLocation(system), fp, ["lifecycle: end of life"]);
        }

        return quadrant switch
        {
            PortfolioQuadrant.Migrate or PortfolioQuadrant.Eliminate => Fail(Portfolio, "review-and-replace-system", Severity.Medium,
                $"{system.Name} rates {quadrant}: business fit {system.BusinessFit}/5, technical fit {system.TechnicalFit}/5.", SystemLocation(system), fp,
                [$"portfolio: {quadrant}"]),
            PortfolioQuadrant.Invest or PortfolioQuadrant.Tolerate => Pass(Portfolio, "review-and-replace-system",
                $"{system.Name} rates {quadrant} in the portfolio.", SystemLocation(system), fp),
            _ => null,
        };
    }

    private static Finding Integration(InventorySnapshot inventory, Integration integration)
    {
        var from = inventory.NameOf(integration.FromSystemId);
        var to = inventory.NameOf(integration.ToSystemId);
        var what = string.IsNullOrWhiteSpace(integration.DataKind) ? "data" : integration.DataKind.Trim();
        var location = new Location(Record: $"integration: {from} -> {to}");
        if (integration.Kind == IntegrationKind.ManualRekeying)
        {
            return Fail(ManualReKeying, "automate-manual-re-keying", Severity.Medium,
                $"People re-key {what} by hand from {from} into {to}.", location,
                Fingerprint.Of(ManualReKeying, from.ToLowerInvariant(), to.ToLowerInvariant(), what.ToLowerInvariant()), []);
        }

        var fp = Fingerprint.Of(IntegrationAlerts, from.ToLowerInvariant(), to.ToLowerInvariant(), what.ToLowerInvariant());
        return integration.AlertsOnFailure
            ? Pass(IntegrationAlerts, "alert-on-integration-failure", $"The {from} → {to} integration alerts someone when it fails.", location, fp)
            : Fail(IntegrationAlerts, "alert-on-integration-failure", Severity.High,
                $"The {from} → {to} integration ({what}) fails silently: nobody is alerted when it stops.", location, fp,
                [$"kind: {integration.Kind}"]);
    }

    private static Location SystemLocation(SystemEntry system) => new(Record: $"system: {system.Name}");

    private static string Join(List<string> names) => names.Count switch
    {
        0 => "no system",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private static Finding Fail(string check, string recommendation, Severity severity, string detail, Location location, string fp, IReadOnlyList<string> evidence) =>
        new(check, recommendation, Outcome.Fail, severity, detail, location, fp) { Evidence = evidence };

    private static Finding Pass(string check, string recommendation, string detail, Location location, string fp) =>
        new(check, recommendation, Outcome.Pass, Severity.Info, detail, location, fp);
}
