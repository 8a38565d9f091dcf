using System.CommandLine;
using Plumbline.Checks.Audit;
using Plumbline.Cli.Input;
using Plumbline.Core.Recommendations;

namespace Plumbline.Cli.Commands;

/// <summary>The <c>--config plumbline.yml</c> option of the check commands: disabled checks, re-ratings and the area's section.</summary>
internal sealed class CheckConfigOption
{
    public Option<string?> Option { get; } = new("--config")
    {
        Description = "A plumbline.yml whose disable, recommendations and domain sections apply (docs/config.md)",
    };

    public static CheckConfigOption AddTo(Command command)
    {
        var o = new CheckConfigOption();
        command.Options.Add(o.Option);
        return o;
    }

    /// <summary>The configuration (empty when not given), or the errors.</summary>
    public (AuditConfig? Config, IReadOnlyList<object> Errors) Read(ParseResult parse, RecommendationCatalog catalog)
    {
        if (parse.GetValue(Option) is not { } path)
        {
            return (AuditConfig.Empty, []);
        }

        var (text, error) = InputFile.ReadText(path, "configuration");
        if (text is null)
        {
            return (null, [error!]);
        }

        var read = AuditConfigReader.Read(text, path, catalog);
        return read.Success ? (read.Value, []) : (null, [.. read.Errors]);
    }
}
