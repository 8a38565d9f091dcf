namespace Plumbline.Core.Scales;

/// <summary>The roadmap phases, in the order the planner schedules them.</summary>
public enum Phase
{
    /// <summary>Stop the bleeding: leaked keys, expired certificates, open doors.</summary>
    ImmediateFixes,

    /// <summary>Remove single points of failure: backups, access, knowledge held by one person.</summary>
    RiskReduction,

    /// <summary>The first automation that saves real hours.</summary>
    FirstUsefulAutomation,

    /// <summary>MFA, password manager, email and domain security, updates.</summary>
    SecurityBasics,

    /// <summary>Sources of truth, duplicates, reports people can trust.</summary>
    DataCleanup,

    /// <summary>Connecting systems so nobody re-keys data.</summary>
    Integrations,

    /// <summary>The smallest useful new build.</summary>
    Mvp,

    /// <summary>What keeps it healthy: updates, reviews, documentation.</summary>
    MaintenancePlan,
}
