using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Runs;
using Plumbline.Core.Assessments;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Web.Data;
using Plumbline.Web.Proposals;

namespace Plumbline.Web.Transfer;

/// <summary>Creates a new engagement from an <see cref="EngagementDocument"/>: all of it, or nothing.</summary>
public static class EngagementImporter
{
    /// <summary>Reads and validates a document; errors name the source and what to fix.</summary>
    public static ParseResult<EngagementDocument> Read(string json, string source)
    {
        EngagementDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<EngagementDocument>(json, TransferJson.Options);
        }
        catch (JsonException ex)
        {
            return ParseResult<EngagementDocument>.Fail(new InputError(source, Explain(ex)));
        }

        if (doc is null)
        {
            return ParseResult<EngagementDocument>.Fail(new InputError(source, "the file is empty; export an engagement with `plumb export`"));
        }

        var errors = Validate(doc, source);
        return errors.Count > 0 ? ParseResult<EngagementDocument>.Fail(errors) : ParseResult<EngagementDocument>.Ok(doc);
    }

    public static List<InputError> Validate(EngagementDocument doc, string source)
    {
        // A missing or null field is one line: what follows would trip over it, or repeat it.
        if (DocumentFields.FirstMissing(doc) is { } missing)
        {
            return [new InputError(source, missing)];
        }

        var errors = new List<InputError>();
        void Error(string message) => errors.Add(new InputError(source, message));

        if (doc.SchemaVersion != EngagementDocument.CurrentSchemaVersion)
        {
            Error($"schemaVersion {doc.SchemaVersion} is not supported (this Plumbline reads {EngagementDocument.CurrentSchemaVersion})");
        }

        if (string.IsNullOrWhiteSpace(doc.Engagement.Name) || string.IsNullOrWhiteSpace(doc.Engagement.ClientName))
        {
            Error("engagement.name and engagement.clientName are required");
        }

        var systems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in doc.Systems)
        {
            if (string.IsNullOrWhiteSpace(s.Name) || !systems.Add(s.Name))
            {
                Error($"system '{s.Name}' is empty or listed twice");
            }

            if (s.BusinessFit is < 1 or > 5 || s.TechnicalFit is < 1 or > 5)
            {
                Error($"system '{s.Name}': businessFit and technicalFit are 1 to 5");
            }

            if (s.Cost is not null && s.MonthlyCost is not null)
            {
                Error($"system '{s.Name}': give cost (with costPeriod) or the older monthlyCost, not both");
            }

            if (s.Cost is < 0 || s.MonthlyCost is < 0 || s.NoticeDays is < 0 or > 3650)
            {
                Error($"system '{s.Name}': cost is 0 or more and noticeDays 0 to 3650");
            }

            if (s.Currency is { } currency && !System.Text.RegularExpressions.Regex.IsMatch(currency, "^[A-Z]{3}$"))
            {
                Error($"system '{s.Name}': currency '{currency}' is not a three-letter code such as EUR or USD");
            }
        }

        foreach (var d in doc.Data.Where(d => !systems.Contains(d.System)))
        {
            Error($"data '{d.DataKind}' is held in '{d.System}', which is not in systems");
        }

        foreach (var i in doc.Integrations.Where(i => !systems.Contains(i.From) || !systems.Contains(i.To)))
        {
            Error($"integration '{i.From}' -> '{i.To}' names a system that is not in systems");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in doc.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Key) || !keys.Add(item.Key))
            {
                Error($"item key '{item.Key}' is empty or listed twice");
            }

            if (item.Impact is < 1 or > 5 || item.Effort is < 1 or > 5)
            {
                Error($"item '{item.Key}': impact and effort are 1 to 5");
            }
        }

        var templates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in doc.Assessments)
        {
            if (TemplateLibrary.BuiltIn.Find(a.TemplateId ?? string.Empty) is not { } template)
            {
                Error($"assessment '{a.TemplateId}' is not a built-in template ({string.Join(", ", TemplateLibrary.BuiltIn.All.Select(t => t.Id))})");
                continue;
            }

            if (!templates.Add(template.Id))
            {
                Error($"assessment '{a.TemplateId}' is listed twice");
                continue;
            }

            // The answers must read as an answers file for their template, as the questionnaire and scoring will read them.
            var read = AnswersReader.Read(a.Answers ?? string.Empty, "answers", template);
            errors.AddRange(read.Errors.Select(e => new InputError(source, $"assessment '{template.Id}': {(e.Line is { } line ? $"answers line {line}: " : string.Empty)}{e.Message}")));
        }

        var proposals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in doc.Proposals)
        {
            if (!proposals.Add(p.Name))
            {
                Error($"proposal '{p.Name}' is listed twice");
            }
            else if (ProposalContent(p) is not { } bytes)
            {
                Error($"proposal '{p.Name}': content is not base64");
            }
            else if (ProposalUpload.Check(p.Name, bytes) is { } problem)
            {
                Error($"proposal {problem}");
            }
        }

        if (doc.Proposals.Count > ProposalReview.MaxProposals)
        {
            Error($"proposals: {doc.Proposals.Count} given, an engagement holds at most {ProposalReview.MaxProposals}");
        }

        if (errors.Count == 0)
        {
            var core = doc.Items.Select(i => new Item(i.Key, i.Title, new(i.Impact), new(i.Effort), i.Phase) { DependsOn = i.DependsOn, Status = i.Status }).ToList();
            var plan = RoadmapPlanner.Plan(core, new PlanSettings(doc.Engagement.PlanStart, 8), source);
            errors.AddRange(plan.Errors);
        }

        return errors;
    }

    /// <summary>Writes the engagement in one transaction; returns its new id and the member emails that matched no user.</summary>
    public static async Task<(int Id, IReadOnlyList<string> UnknownMembers)> ImportAsync(WorkspaceDb db, EngagementDocument doc, IEnumerable<(string UserId, EngagementRole Role)> extraMembers, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var p = doc.Engagement;
            var engagement = new Engagement
            {
                Name = p.Name.Trim(),
                ClientName = p.ClientName.Trim(),
                CreatedAt = p.CreatedAt,
                BusinessGoal = p.BusinessGoal,
                TeamSize = p.TeamSize,
                Budget = p.Budget,
                Currency = p.Currency,
                Timeline = p.Timeline,
                SystemUsers = p.SystemUsers,
                FailureImpact = p.FailureImpact,
                CapacityHoursPerWeek = p.CapacityHoursPerWeek,
                PlanStart = p.PlanStart,
            };
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync(ct);
            var id = engagement.Id;

            var systems = doc.Systems.ToDictionary(s => s.Name, s => new SystemEntry
            {
                EngagementId = id,
                Name = s.Name,
                Kind = s.Kind,
                Vendor = s.Vendor,
                Owner = s.Owner,
                // A backup from before costs had a period holds a monthly cost.
                Cost = s.Cost ?? s.MonthlyCost,
                CostPeriod = s.Cost is null && s.MonthlyCost is not null ? CostPeriod.Month : s.CostPeriod,
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
            }, StringComparer.OrdinalIgnoreCase);
            db.Systems.AddRange(systems.Values);
            db.DataHoldings.AddRange(doc.Data.Select(d => new DataHolding { EngagementId = id, System = systems[d.System], DataKind = d.DataKind, IsSourceOfTruth = d.SourceOfTruth }));
            db.Integrations.AddRange(doc.Integrations.Select(i => new Integration
            {
                EngagementId = id,
                FromSystem = systems[i.From],
                ToSystem = systems[i.To],
                Kind = i.Kind,
                DataKind = i.DataKind,
                AlertsOnFailure = i.AlertsOnFailure,
            }));

            var items = doc.Items.ToDictionary(i => i.Key, i => new RegisterItem
            {
                EngagementId = id,
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
                Findings = [.. i.Findings.Select(f => FromPart(f, id))],
            }, StringComparer.Ordinal);
            foreach (var part in doc.Items)
            {
                items[part.Key].DependsOn.AddRange(part.DependsOn.Select(d => new ItemDependency { DependsOn = items[d] }));
            }

            db.Items.AddRange(items.Values);
            db.Findings.AddRange(doc.Findings.Select(f => FromPart(f, id)));

            var unknown = new List<string>();
            var memberIds = new Dictionary<string, EngagementRole>(StringComparer.Ordinal);
            foreach (var m in doc.Members)
            {
                var normalized = m.Email.ToUpperInvariant();
                var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
                if (userId is null)
                {
                    unknown.Add(m.Email);
                }
                else
                {
                    memberIds[userId] = m.Role;
                }
            }

            foreach (var (userId, role) in extraMembers)
            {
                memberIds[userId] = role;
            }

            db.AssessmentResponses.AddRange(doc.Assessments.Select(a => new AssessmentResponse
            {
                EngagementId = id,
                TemplateId = a.TemplateId,
                Answers = a.Answers,
                UpdatedBy = a.UpdatedBy,
                UpdatedAt = a.UpdatedAt,
                ScoredAt = a.ScoredAt,
            }));

            db.Proposals.AddRange(doc.Proposals.Select(p => new StoredProposal
            {
                EngagementId = id,
                FileName = p.Name,
                Content = ProposalContent(p)!,
                UploadedBy = p.UploadedBy,
                UploadedAt = p.UploadedAt,
            }));

            db.Memberships.AddRange(memberIds.Select(m => new Membership { EngagementId = id, UserId = m.Key, Role = m.Value }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return (id, (IReadOnlyList<string>)unknown);
        });
    }

    private static byte[]? ProposalContent(EngagementDocument.ProposalPart p)
    {
        var bytes = new byte[p.Content.Length * 3 / 4];
        return Convert.TryFromBase64String(p.Content, bytes, out var written) ? bytes[..written] : null;
    }

    private static StoredFinding FromPart(EngagementDocument.FindingPart f, int engagementId) => new()
    {
        EngagementId = engagementId,
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
        Evidence = string.Join('\n', f.Evidence),
    };

    /// <summary>The serializer's complaint in the file's terms: the JSON path and line, never a .NET type name.</summary>
    private static string Explain(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;

        // Malformed JSON: the reader's own exception inside, whose message names no types.
        if (ex.InnerException is JsonException)
        {
            return $"not an engagement export{where}: {FirstSentence(ex.Message)}";
        }

        if (ex.Path is not { Length: > 1 } path)
        {
            return $"not an engagement export{where}: the file must hold one JSON object";
        }

        return ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"{path} is not a field of an engagement export{where}"
            : $"{path} has a value of the wrong kind{where}";
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..(dot + 1)] : message;
    }
}
