using System.CommandLine;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary>
/// The options every <c>plumb check</c> command shares (<c>--config</c>, <c>--catalog</c>, the report options and the
/// network limits) and the one way they become run settings, so the domain, site and host checks read them alike.
/// </summary>
internal sealed class CheckCommandOptions
{
    private readonly CheckConfigOption config;
    private readonly CatalogOption catalog;
    private readonly ReportOptions report;
    private readonly NetworkLimitOptions limits;

    private CheckCommandOptions(Command command)
    {
        config = CheckConfigOption.AddTo(command);
        catalog = CatalogOption.AddTo(command);
        report = ReportOptions.AddTo(command);
        limits = NetworkLimitOptions.AddTo(command);
    }

    public static CheckCommandOptions AddTo(Command command) => new(command);

    /// <summary>
    /// The report request, the configuration and the run settings (catalog, clock, disabled checks, ratings, network
    /// limits over <paramref name="network"/>); or null after writing the input error, whose exit code is in <paramref name="exitCode"/>.
    /// </summary>
    public CheckInvocation? Read(CliContext cli, ParseResult parse, NetworkOptions network, out int exitCode)
    {
        exitCode = ExitCodes.InputError;
        var (request, optionError) = report.Read(parse);
        if (request is null)
        {
            exitCode = cli.InputError(optionError!);
            return null;
        }

        WarmUp.Report(cli, request);

        var (recommendations, catalogErrors) = catalog.Read(parse);
        if (recommendations is null)
        {
            exitCode = cli.InputErrors(catalogErrors);
            return null;
        }

        var (settings, configErrors) = config.Read(parse, recommendations);
        if (settings is null)
        {
            exitCode = cli.InputErrors(configErrors);
            return null;
        }

        var (limited, limitError) = limits.Read(parse, network);
        if (limited is null)
        {
            exitCode = cli.InputError(limitError!);
            return null;
        }

        return new CheckInvocation(request, settings, new CheckRunSettings(recommendations, cli.Time, cli.Today)
        {
            DisabledChecks = settings.DisabledChecks,
            Ratings = settings.Ratings,
            Network = limited,
        });
    }
}
