using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is multi-factor authentication enforced for the admins of every system that has admin accounts?</summary>
public sealed class AdminsUseMfa : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.admin-mfa";

    public CheckDescriptor Descriptor { get; } = new(
        "AdminsUseMfa", "Is multi-factor authentication enforced for every system's admin accounts?", InventoryChecks.Area, "enforce-mfa-for-admins");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var system in InventoryFindings.ByName(inventory).Where(s => s.AdminAccounts > 0))
        {
            var location = InventoryFindings.At(system);
            var fp = InventoryFindings.Of(Seed, system);
            yield return system.MfaEnforced
                ? InventoryFindings.Pass(Descriptor, $"MFA is enforced for {system.Name}'s admins.", location, fp)
                : InventoryFindings.Fail(Descriptor, Severity.Critical,
                    $"{system.Name} has {system.AdminAccounts} admin account(s) without multi-factor authentication.", location, fp,
                    [$"admin accounts: {system.AdminAccounts}"]);
        }
    }
}
