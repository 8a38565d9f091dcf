using Plumbline.Checks.Proposal.Checks;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Proposal;

/// <summary>The checks run on a vendor proposal: can it be read, then one check per topic, in the order a buyer reads them.</summary>
public static class ProposalChecks
{
    public const string Area = "proposal";

    public static IReadOnlyList<ICheck<ProposalSnapshot>> All { get; } =
    [
        new ProposalTextIsReadable(),
        new ProposalSettlesScope(),
        new ProposalSettlesAcceptance(),
        new ProposalSettlesCodeOwnership(),
        new ProposalSettlesAccountOwnership(),
        new ProposalSettlesHosting(),
        new ProposalSettlesDataExport(),
        new ProposalSettlesBackups(),
        new ProposalSettlesUpdates(),
        new ProposalSettlesSupportTimes(),
        new ProposalSettlesMaintenance(),
        new ProposalSettlesCustomVersusTemplate(),
        new ProposalSettlesLicences(),
        new ProposalSettlesSecurity(),
        new ProposalSettlesHandover(),
        new ProposalSettlesExit(),
        new ProposalSettlesPaymentMilestones(),
        new ProposalSettlesPriceChanges(),
        new ProposalSettlesChangeRequests(),
    ];

    /// <summary>The topic checks alone, for the review's tables.</summary>
    public static IReadOnlyList<ProposalTopicCheck> Topics { get; } = [.. All.OfType<ProposalTopicCheck>()];
}
