using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Proposal;
using Plumbline.Checks.Proposal.Reading;
using Plumbline.Checks.Runs;
using Plumbline.Core.Input;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Proposals;

/// <summary>Reviews an engagement's stored proposals with the command line's <see cref="ProposalReview"/> and keeps the
/// register in step with the review.</summary>
/// <remarks>All of an engagement's proposals are reviewed together (so two or more get the side-by-side table) and their
/// findings share one register source: every upload or deletion reviews them again and replaces that source's evidence,
/// as running an audit again does.</remarks>
internal static class ProposalRegister
{
    /// <summary>The register source of the proposal review's findings (the Audits page lists evidence by source).</summary>
    public const string Source = "proposals";

    /// <summary>Reads each stored proposal and reviews them all; a proposal that no longer reads is an error naming it.</summary>
    public static ParseResult<Report> Review(IReadOnlyList<StoredProposal> proposals, TimeProvider time)
    {
        var documents = new List<ProposalDocument>();
        var errors = new List<InputError>();
        foreach (var p in proposals)
        {
            var read = ProposalReader.Read(p.Content, p.FileName);
            if (read.Success)
            {
                documents.Add(read.Value);
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return ParseResult<Report>.Fail(errors);
        }

        var settings = new CheckRunSettings(RecommendationCatalog.BuiltIn, time, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return ProposalReview.Run(documents, settings);
    }

    /// <summary>The engagement's proposals in the order first uploaded (the side-by-side table's column order; a revision keeps its place).</summary>
    public static Task<List<StoredProposal>> LoadAsync(WorkspaceDb db, int engagementId, CancellationToken ct) =>
        db.Proposals.Where(p => p.EngagementId == engagementId).OrderBy(p => p.Id).ToListAsync(ct);

    /// <summary>Stages the register's update for <paramref name="proposals"/> (the engagement's proposals after the change):
    /// their review's evidence replaces the last; with none left, the review's findings go and so do the items only they
    /// made that nobody has worked on (the rule of <see cref="RegisterRemoval"/>). The caller plans and saves.</summary>
    public static async Task<ParseResult<RegisterMerge.Outcome>> StageAsync(WorkspaceDb db, int engagementId, IReadOnlyList<StoredProposal> proposals, List<RegisterItem> items, TimeProvider time, CancellationToken ct)
    {
        if (proposals.Count == 0)
        {
            var plan = await RegisterRemoval.PlanAsync(db, engagementId, Source, ct);
            RegisterRemoval.Apply(db, plan);
            items.RemoveAll(i => plan.Removed.Contains(i));
            return ParseResult<RegisterMerge.Outcome>.Ok(new RegisterMerge.Outcome(0, 0, 0));
        }

        var review = Review(proposals, time);
        return review.Success
            ? ParseResult<RegisterMerge.Outcome>.Ok(RegisterMerge.Apply(db, engagementId, Source, review.Value.Findings, review.Value.Items, items, time.GetUtcNow()))
            : ParseResult<RegisterMerge.Outcome>.Fail(review.Errors);
    }
}
