using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Transfer;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb export ENGAGEMENT &gt; file.json</c>: one engagement, all of it, as JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var engagement = new Argument<string>("engagement") { Description = "The engagement's id (from its address, /engagements/ID) or its exact name" };
        var output = new Option<string>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command(WorkspaceCommands.Export, WorkspaceCommands.ExportDescription) { engagement, output };
        var data = WorkspaceDataOptions.AddTo(command);

        command.SetAction(async (parse, ct) =>
        {
            var (database, error) = await WorkspaceDataOptions.OpenAsync(data.Read(parse), mayCreate: false, ct);
            if (database is null)
            {
                return cli.InputError(error!);
            }

            await using var db = database.CreateContext();
            var which = parse.GetValue(engagement)!.Trim();
            var ids = int.TryParse(which, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? await db.Engagements.Where(e => e.Id == id).Select(e => e.Id).ToListAsync(ct)
                : await db.Engagements.Where(e => e.Name == which).Select(e => e.Id).ToListAsync(ct);
            if (ids.Count != 1)
            {
                return cli.InputError(ids.Count == 0
                    ? $"engagement '{which}': not found in {database.Description}; give its id or exact name"
                    : $"engagement '{which}': {ids.Count} engagements have that name; give the id instead");
            }

            var doc = await EngagementExporter.ExportAsync(db, ids[0], ct);
            var json = JsonSerializer.Serialize(doc, TransferJson.Options);
            if (parse.GetValue(output) is { Length: > 0 } path)
            {
                try
                {
                    await File.WriteAllTextAsync(path, json + "\n", ct);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return cli.InputError($"--out {path}: cannot write ({ex.Message})");
                }
            }
            else
            {
                cli.Console.Profile.Out.Writer.Write(json + "\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
