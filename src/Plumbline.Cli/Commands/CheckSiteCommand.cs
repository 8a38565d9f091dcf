using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Site;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb check site URL</c>: HTTPS, redirect, certificate, TLS versions, security headers, cookies, security.txt, and a grade.</summary>
internal static class CheckSiteCommand
{
    public static Command Create(CliContext cli)
    {
        var urlArgument = new Argument<string>("url") { Description = "The site to check, e.g. https://example.com (https:// is assumed)" };
        var caFile = new Option<string?>("--ca-file") { Description = "A PEM file of extra root certificates to trust (an internal CA); system trust still applies" };
        var command = new Command("site", "Check a website's HTTPS, certificate, TLS versions, security headers, cookies and security.txt, with an Observatory-style grade")
        {
            urlArgument, caFile,
        };
        var shared = CheckCommandOptions.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (shared.Read(cli, parse, NetworkOptions.Default, out var exitCode) is not { } invocation)
            {
                return exitCode;
            }

            var (url, urlError) = SiteTarget.Parse(parse.GetValue(urlArgument)!);
            if (url is null)
            {
                return cli.InputError(urlError!);
            }

            var roots = new X509Certificate2Collection();
            if (parse.GetValue(caFile) is { } pem)
            {
                var (loaded, caError) = LoadRoots(pem);
                if (loaded is null)
                {
                    return cli.InputError(caError!);
                }

                roots = loaded;
            }

            var settings = invocation.Run with { Network = invocation.Run.Network with { ExtraTrustedRoots = roots } };
            var report = await SiteCheck.RunAsync(url, settings, cancellationToken);
            if (!report.Success)
            {
                return cli.InputErrors(report.Errors);
            }

            return ReportOutput.Emit(cli, report.Value, invocation.Request, ReportOutput.BaseName("site", url.Host.Replace('.', '-')));
        });
        return command;
    }

    private static (X509Certificate2Collection? Roots, string? Error) LoadRoots(string path)
    {
        var (text, error) = InputFile.ReadText(path, "CA certificate file");
        if (text is null)
        {
            return (null, $"--ca-file {error}");
        }

        try
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPem(text);
            return roots.Count == 0
                ? (null, $"--ca-file {path}: no PEM certificate found (expected -----BEGIN CERTIFICATE-----)")
                : (roots, null);
        }
        catch (CryptographicException ex)
        {
            return (null, $"--ca-file {path}: not a PEM certificate file ({ex.Message})");
        }
    }
}
