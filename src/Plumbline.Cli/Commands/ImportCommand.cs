using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Plumbline.Cli.Input;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Transfer;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb import file.json</c>: creates a new engagement from an export, all of it or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("file") { Description = "A file written by `plumb export`" };
        var member = new Option<string[]>("--member") { Description = "Also make this user (by email) a consultant on the imported engagement; repeatable", AllowMultipleArgumentsPerToken = false };
        var command = new Command(WorkspaceCommands.Import, WorkspaceCommands.ImportDescription) { file, member };
        var data = WorkspaceDataOptions.AddTo(command);

        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var (text, readError) = InputFile.ReadText(path, "engagement export");
            if (text is null)
            {
                return cli.InputError(readError!);
            }

            var read = EngagementImporter.Read(text, path);
            if (!read.Success)
            {
                return cli.InputErrors(read.Errors);
            }

            var (database, error) = await WorkspaceDataOptions.OpenAsync(data.Read(parse), mayCreate: false, ct);
            if (database is null)
            {
                return cli.InputError(error!);
            }

            await using var db = database.CreateContext();
            var extra = new List<(string, EngagementRole)>();
            foreach (var email in parse.GetValue(member) ?? [])
            {
                var normalized = email.Trim().ToUpperInvariant();
                var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
                if (userId is null)
                {
                    return cli.InputError($"--member {email}: no user with that email in {database.Description}");
                }

                extra.Add((userId, EngagementRole.Consultant));
            }

            // With nobody named, administrators get it: an engagement nobody can open would be lost.
            if (extra.Count == 0)
            {
                var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).FirstOrDefaultAsync(ct);
                var admins = await db.UserRoles.Where(ur => ur.RoleId == adminRole).Select(ur => ur.UserId).ToListAsync(ct);
                extra.AddRange(admins.Select(a => (a, EngagementRole.Consultant)));
            }

            var (id, unknown) = await EngagementImporter.ImportAsync(db, read.Value, extra, ct);
            foreach (var email in unknown)
            {
                cli.Error.WriteLine($"plumb: member {email} has no account here; add the user and then add them on the engagement's Members page");
            }

            cli.Console.WriteLine($"Imported engagement {id}: {read.Value.Engagement.Name} ({read.Value.Systems.Count} systems, {read.Value.Items.Count} items)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
