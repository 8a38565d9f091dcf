using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Proposal.Reading;
using Plumbline.Checks.Runs;
using Plumbline.Reports.Model;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Register;

namespace Plumbline.Web.Proposals;

/// <summary>Vendors' proposals for the engagement: upload them, read their review (side by side when there are two or
/// more), and let the topics they leave unsettled join the register.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class IndexModel(WorkspaceDb db, RegisterService register, TimeProvider time) : EngagementPageModel(db)
{
    /// <summary>As many proposals as the review sets side by side, each at the reader's limit, and room for the form.</summary>
    public const long MaxRequestBytes = (ProposalReview.MaxProposals * ProposalReader.MaxBytes) + (1024 * 1024);

    /// <summary>One stored proposal, without its bytes.</summary>
    public sealed record Row(int Id, string FileName, long Bytes, string? UploadedBy, DateTimeOffset UploadedAt);

    public List<Row> Proposals { get; private set; } = [];

    /// <summary>The review of every stored proposal; null when there are none or one no longer reads.</summary>
    public Report? Review { get; private set; }

    /// <summary>Why a stored proposal could not be reviewed (it read when uploaded; a reader change could break that).</summary>
    public List<string> ReviewErrors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    protected override string Section => "proposals";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Stores the uploaded proposals (a file with the same name replaces the earlier one), reviews them all, and
    /// updates the register, in one save; any file that fails its checks stops the whole upload.</summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken ct)
    {
        LoadEngagement();
        files = files?.Where(f => f is not null).ToList() ?? [];
        if (files.Count == 0)
        {
            ModelState.AddModelError(string.Empty, $"Choose one or more proposal files ({ProposalUpload.Formats}).");
            await LoadAsync(ct);
            return Page();
        }

        var stored = await ProposalRegister.LoadAsync(Db, EngagementId, ct);
        var uploads = new List<(string Name, byte[] Content)>();
        foreach (var file in files)
        {
            var (name, content, error) = await ProposalUpload.ReadAsync(file, ct);
            if (error is not null)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            else if (uploads.Any(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                ModelState.AddModelError(string.Empty, $"{name}: chosen twice; upload each proposal once.");
            }
            else
            {
                uploads.Add((name!, content!));
            }
        }

        var total = stored.Count(s => !uploads.Any(u => string.Equals(u.Name, s.FileName, StringComparison.OrdinalIgnoreCase))) + uploads.Count;
        if (ModelState.IsValid && total > ProposalReview.MaxProposals)
        {
            ModelState.AddModelError(string.Empty, $"An engagement holds at most {ProposalReview.MaxProposals} proposals (beyond that the side-by-side table stops being readable); this upload would make {total}. Delete one first.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var now = time.GetUtcNow();
        foreach (var (name, content) in uploads)
        {
            var same = stored.Find(s => string.Equals(s.FileName, name, StringComparison.OrdinalIgnoreCase));
            if (same is null)
            {
                same = new StoredProposal { EngagementId = EngagementId };
                Db.Proposals.Add(same);
                stored.Add(same);
            }

            same.FileName = name;
            same.Content = content;
            same.UploadedBy = User.Identity?.Name;
            same.UploadedAt = now;
        }

        var outcome = await StageRegisterAsync(stored, ct);
        if (outcome is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        await Db.SaveChangesAsync(ct);
        Message = $"Uploaded {string.Join(", ", uploads.Select(u => u.Name))}. The review below covers all {stored.Count} proposal(s); register: {outcome.Added} new item(s), {outcome.Updated} updated.";
        return Redirect($"/engagements/{EngagementId}/proposals");
    }

    /// <summary>Removes one proposal and reviews the rest; with none left, the review's evidence leaves the register.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int? proposalId, CancellationToken ct)
    {
        LoadEngagement();
        var stored = await ProposalRegister.LoadAsync(Db, EngagementId, ct);
        var gone = stored.Find(p => p.Id == proposalId);
        if (gone is null)
        {
            Message = "That proposal is not in this engagement (already deleted?); nothing changed.";
            return Redirect($"/engagements/{EngagementId}/proposals");
        }

        Db.Proposals.Remove(gone);
        stored.Remove(gone);
        if (await StageRegisterAsync(stored, ct) is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        await Db.SaveChangesAsync(ct);
        Message = $"Deleted {gone.FileName}." + (stored.Count > 0 ? $" The review and the register now cover the other {stored.Count}." : " Its findings left the register, with the items only they made.");
        return Redirect($"/engagements/{EngagementId}/proposals");
    }

    /// <summary>Stages the register's update for the proposals as they will be; null (with the errors on the page) when the
    /// review or the plan fails, and then nothing is saved.</summary>
    private async Task<RegisterMerge.Outcome?> StageRegisterAsync(List<StoredProposal> proposals, CancellationToken ct)
    {
        var items = await register.LoadItemsAsync(EngagementId, track: true, ct);
        var staged = await ProposalRegister.StageAsync(Db, EngagementId, proposals, items, time, ct);
        if (!staged.Success)
        {
            foreach (var e in staged.Errors)
            {
                ModelState.AddModelError(string.Empty, e.ToString());
            }

            return null;
        }

        var plan = RegisterService.Plan(Engagement, items);
        if (!plan.Success)
        {
            foreach (var e in plan.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }

            return null;
        }

        return staged.Value;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        LoadEngagement();
        var stored = await Db.Proposals.AsNoTracking().Where(p => p.EngagementId == EngagementId)
            .OrderBy(p => p.Id).ToListAsync(ct);
        Proposals = [.. stored.Select(p => new Row(p.Id, p.FileName, p.Content.LongLength, p.UploadedBy, p.UploadedAt))];
        if (stored.Count == 0)
        {
            return;
        }

        var review = ProposalRegister.Review(stored, time);
        if (review.Success)
        {
            Review = review.Value;
        }
        else
        {
            ReviewErrors.AddRange(review.Errors.Select(e => e.ToString()));
        }
    }
}
