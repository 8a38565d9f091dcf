using Plumbline.Checks.Audit;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>A consultant's own verdict, with the reason the report shows next to the computed one
/// (<c>verdict: {choice: rebuild-parts, reason: …}</c> in plumbline.yml).</summary>
public sealed record VerdictOverride(string Choice, string Reason)
{
    /// <summary>Reads the <c>verdict</c> section: null when there is none; errors name the place to fix.</summary>
    public static ParseResult<VerdictOverride?> Read(AuditConfig config, VerdictRules rules)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rules);
        if (config.Sections.GetValueOrDefault("verdict") is not YamlMappingNode section)
        {
            return ParseResult<VerdictOverride?>.Ok(null);
        }

        var input = YamlInput.Parse("{}", config.Source).Value.Input;
        input.OnlyKeys(section, "'verdict'", "choice", "reason");
        var choice = input.String(section, "choice", "'verdict'", required: true);
        var reason = input.String(section, "reason", "'verdict'", required: true);
        if (choice is not null && rules.Find(choice) is null)
        {
            input.Error(YamlInput.Get(section, "choice"), $"'verdict.choice' must be one of: {string.Join(", ", rules.Choices.Select(c => c.Id))}");
        }

        if (reason is not null && string.IsNullOrWhiteSpace(reason))
        {
            input.Error(YamlInput.Get(section, "reason"), "'verdict.reason' must say why the verdict differs");
        }

        return input.Ok ? ParseResult<VerdictOverride?>.Ok(new VerdictOverride(choice!, reason!.Trim())) : ParseResult<VerdictOverride?>.Fail(input.Errors);
    }
}
