namespace Plumbline.Cli.Commands;

/// <summary>The commands that run on the web workspace's database: their names and one-line descriptions, shared by
/// the commands themselves and by the native build's stand-ins for them (<see cref="WebCompanion"/>).</summary>
internal static class WorkspaceCommands
{
    public const string Serve = "serve";
    public const string Export = "export";
    public const string Import = "import";

    public const string ServeDescription = "Run the web workspace: engagements, inventory, questionnaires, audits run in the background, register, matrix and roadmap";
    public const string ExportDescription = "Write an engagement (profile, inventory, register, evidence, members) as JSON for backup or `plumb import`";
    public const string ImportDescription = "Create an engagement from a `plumb export` file";

    /// <summary>Every workspace command with its argument (if it takes one) and description, in the order help lists them.</summary>
    public static IReadOnlyList<(string Name, string? Argument, string Description)> All { get; } =
        [(Serve, null, ServeDescription), (Export, "engagement", ExportDescription), (Import, "file", ImportDescription)];
}
