using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Transfer;

/// <summary>Reads a whole engagement out of the database as an <see cref="EngagementDocument"/>.</summary>
public static class EngagementExporter
{
    public static async Task<EngagementDocument?> ExportAsync(WorkspaceDb db, int engagementId, CancellationToken ct)
    {
        var e = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == engagementId, ct);
        if (e is null)
        {
            return null;
        }

        var systems = await db.Systems.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.Id).ToListAsync(ct);
        var names = systems.ToDictionary(s => s.Id, s => s.Name);
        var holdings = await db.DataHoldings.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.Id).ToListAsync(ct);
        var integrations = await db.Integrations.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.Id).ToListAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.EngagementId == engagementId)
            .Include(i => i.DependsOn).Include(i => i.Findings).AsSplitQuery().OrderBy(i => i.Id).ToListAsync(ct);
        var keys = items.ToDictionary(i => i.Id, i => i.Key);
        var loose = await db.Findings.AsNoTracking().Where(f => f.EngagementId == engagementId && f.ItemId == null).OrderBy(f => f.Id).ToListAsync(ct);
        var members = await db.Memberships.AsNoTracking().Where(m => m.EngagementId == engagementId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.Role }).ToListAsync(ct);
        var responses = await db.AssessmentResponses.AsNoTracking().Where(r => r.EngagementId == engagementId).ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.EngagementId == engagementId).OrderBy(p => p.Id).ToListAsync(ct);

        return new EngagementDocument
        {
            Engagement = new EngagementDocument.EngagementPart
            {
                Name = e.Name,
                ClientName = e.ClientName,
                CreatedAt = e.CreatedAt,
                BusinessGoal = e.BusinessGoal,
                TeamSize = e.TeamSize,
                Budget = e.Budget,
                Currency = e.Currency,
                Timeline = e.Timeline,
                SystemUsers = e.SystemUsers,
                FailureImpact = e.FailureImpact,
                CapacityHoursPerWeek = e.CapacityHoursPerWeek,
                PlanStart = e.PlanStart,
            },
            Systems = [.. systems.Select(s => new EngagementDocument.SystemPart
            {
                Name = s.Name,
                Kind = s.Kind,
                Vendor = s.Vendor,
                Owner = s.Owner,
                Cost = s.Cost,
                CostPeriod = s.CostPeriod,
                Currency = s.Currency,
                ContractEnd = s.ContractEnd,
                RenewalDate = s.RenewalDate,
                NoticeDays = s.NoticeDays,
                AccountOwner = s.AccountOwner,
                DataExportable = s.DataExportable,
                DataExportHow = s.DataExportHow,
                RenewalDecision = s.RenewalDecision,
                PeopleWhoKnowIt = s.PeopleWhoKnowIt,
                AdminAccounts = s.AdminAccounts,
                MfaEnforced = s.MfaEnforced,
                HasBackups = s.HasBackups,
                LastRestoreTest = s.LastRestoreTest,
                Lifecycle = s.Lifecycle,
                BusinessFit = s.BusinessFit,
                TechnicalFit = s.TechnicalFit,
            })],
            Data = [.. holdings.Select(h => new EngagementDocument.DataPart(names[h.SystemId], h.DataKind, h.IsSourceOfTruth))],
            Integrations = [.. integrations.Select(i => new EngagementDocument.IntegrationPart(names[i.FromSystemId], names[i.ToSystemId], i.Kind, i.DataKind, i.AlertsOnFailure))],
            Items = [.. items.Select(i => new EngagementDocument.ItemPart
            {
                Key = i.Key,
                Title = i.Title,
                Description = i.Description,
                RecommendationId = i.RecommendationId,
                Impact = i.Impact,
                Effort = i.Effort,
                Phase = i.Phase,
                Status = i.Status,
                Origin = i.Origin,
                Owner = i.Owner,
                EstimateHours = i.EstimateHours,
                UpdatedAt = i.UpdatedAt,
                DependsOn = [.. i.DependsOn.Select(d => keys[d.DependsOnId]).Order(StringComparer.Ordinal)],
                Findings = [.. i.Findings.OrderBy(f => f.Id).Select(ToPart)],
            })],
            Findings = [.. loose.Select(ToPart)],
            Members = [.. members.Where(m => m.Email is not null).OrderBy(m => m.Email, StringComparer.Ordinal).Select(m => new EngagementDocument.MemberPart(m.Email!, m.Role))],
            Assessments = [.. responses.OrderBy(r => r.TemplateId, StringComparer.Ordinal).Select(r => new EngagementDocument.AssessmentPart
            {
                TemplateId = r.TemplateId,
                Answers = r.Answers,
                UpdatedBy = r.UpdatedBy,
                UpdatedAt = r.UpdatedAt,
                ScoredAt = r.ScoredAt,
            })],
            Proposals = [.. proposals.Select(p => new EngagementDocument.ProposalPart
            {
                Name = p.FileName,
                Content = Convert.ToBase64String(p.Content),
                UploadedBy = p.UploadedBy,
                UploadedAt = p.UploadedAt,
            })],
        };
    }

    internal static EngagementDocument.FindingPart ToPart(StoredFinding f) => new()
    {
        Source = f.Source,
        CheckId = f.CheckId,
        RecommendationId = f.RecommendationId,
        Outcome = f.Outcome,
        Severity = f.Severity,
        Detail = f.Detail,
        Path = f.Path,
        Line = f.Line,
        Commit = f.Commit,
        Record = f.Record,
        Fingerprint = f.Fingerprint,
        Evidence = f.Evidence.Length == 0 ? [] : [.. f.Evidence.Split('\n')],
    };
}
