using Plumbline.Checks.Audit;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary>What a check command's shared options said: where the report goes, the plumbline.yml read, and the run settings.</summary>
internal sealed record CheckInvocation(ReportRequest Request, AuditConfig Config, CheckRunSettings Run);
