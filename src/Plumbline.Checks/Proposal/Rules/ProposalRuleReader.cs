using System.Text.RegularExpressions;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Proposal.Rules;

/// <summary>Reads proposal topic rules from YAML (format in docs/proposal.md), with line-numbered errors.</summary>
public static partial class ProposalRuleReader
{
    private static readonly string[] TopicFields =
        ["id", "check", "title", "question", "ask", "recommendation", "mentions", "addressed", "vague", "flags", "examples"];

    private static readonly string[] FlagFields = ["id", "says", "patterns", "unless", "unless-addressed", "examples", "counter-examples"];

    private static readonly string[] ExampleFields = ["addressed", "vague", "missing", "red-flag"];

    /// <summary>Reads a rules file: a mapping with a <c>topics:</c> list.</summary>
    public static ParseResult<IReadOnlyList<ProposalTopic>> Read(string yaml, string source)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<IReadOnlyList<ProposalTopic>>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var topics = new List<ProposalTopic>();
        if (input.Mapping(root, "a proposal rules file") is { } top)
        {
            input.OnlyKeys(top, "a proposal rules file", "topics");
            if (input.Sequence(YamlInput.Get(top, "topics"), "'topics'") is { } list)
            {
                foreach (var child in list.Children)
                {
                    if (input.Mapping(child, "each topic") is { } map && ReadTopic(input, map) is { } topic)
                    {
                        if (topics.Any(t => t.Id == topic.Id || t.Check == topic.Check))
                        {
                            input.Error(map, $"topic '{topic.Id}' (check {topic.Check}) is listed twice");
                            continue;
                        }

                        topics.Add(topic);
                    }
                }
            }
        }

        return input.Ok ? ParseResult<IReadOnlyList<ProposalTopic>>.Ok(topics) : ParseResult<IReadOnlyList<ProposalTopic>>.Fail(input.Errors);
    }

    private static ProposalTopic? ReadTopic(YamlInput input, YamlMappingNode map)
    {
        var id = input.String(map, "id", "a topic", required: true);
        var context = id is null ? "a topic" : $"topic '{id}'";
        input.OnlyKeys(map, context, TopicFields);
        var before = input.Errors.Count;
        if (id is not null && !KebabId().IsMatch(id))
        {
            input.Error(YamlInput.Get(map, "id"), $"topic id '{id}' must be lowercase letters, digits and dashes");
        }

        var check = input.String(map, "check", context, required: true);
        if (check is not null && !PascalId().IsMatch(check))
        {
            input.Error(YamlInput.Get(map, "check"), $"check id '{check}' in {context} must be PascalCase");
        }

        var title = input.String(map, "title", context, required: true);
        var question = input.String(map, "question", context, required: true);
        var ask = input.String(map, "ask", context, required: true);
        var recommendation = input.String(map, "recommendation", context, required: true);
        var mentions = Patterns(input, map, "mentions", context, required: true);
        var addressed = Patterns(input, map, "addressed", context, required: true);
        var vague = Patterns(input, map, "vague", context, required: false);
        var flags = new List<ProposalFlag>();
        if (YamlInput.Get(map, "flags") is { } flagNode && input.Sequence(flagNode, $"'flags' in {context}") is { } flagList)
        {
            foreach (var child in flagList.Children)
            {
                if (input.Mapping(child, $"each flag in {context}") is { } flagMap && ReadFlag(input, flagMap, context) is { } flag)
                {
                    flags.Add(flag);
                }
            }
        }

        var examples = new List<(Verdict, string)>();
        if (input.Mapping(YamlInput.Get(map, "examples"), $"'examples' in {context}") is { } exampleMap)
        {
            input.OnlyKeys(exampleMap, $"the examples of {context}", ExampleFields);
            foreach (var field in ExampleFields)
            {
                foreach (var sentence in input.StringList(exampleMap, field, $"the examples of {context}"))
                {
                    examples.Add((VerdictNames.Parse(field)!.Value, sentence));
                }
            }

            if (!examples.Any(e => e.Item1 == Verdict.Addressed) || !examples.Any(e => e.Item1 != Verdict.Addressed))
            {
                input.Error(exampleMap, $"{context} needs at least one 'addressed' example and one example that is not addressed");
            }
        }

        return input.Errors.Count > before
            ? null
            : new ProposalTopic(id!, check!, title!, question!, ask!, recommendation!, mentions, addressed, vague, flags, examples);
    }

    private static ProposalFlag? ReadFlag(YamlInput input, YamlMappingNode map, string topic)
    {
        var id = input.String(map, "id", $"a flag of {topic}", required: true);
        var context = $"flag '{id}' of {topic}";
        input.OnlyKeys(map, context, FlagFields);
        var before = input.Errors.Count;
        var says = input.String(map, "says", context, required: true);
        var patterns = Patterns(input, map, "patterns", context, required: true);
        var unless = input.String(map, "unless", context) is { } u ? Compile(input, YamlInput.Get(map, "unless"), u, context) : null;
        var unlessAddressed = input.Bool(map, "unless-addressed", context) ?? false;
        var examples = input.StringList(map, "examples", context);
        var counter = input.StringList(map, "counter-examples", context);
        if (examples.Count == 0 || counter.Count == 0)
        {
            input.Error(map, $"{context} needs at least one example and one counter-example");
        }

        return input.Errors.Count > before ? null : new ProposalFlag(id!, says!, patterns, unless, unlessAddressed, examples, counter);
    }

    private static List<ProposalPattern> Patterns(YamlInput input, YamlMappingNode map, string key, string context, bool required)
    {
        var node = YamlInput.Get(map, key);
        var sources = input.StringList(map, key, context);
        if (required && sources.Count == 0)
        {
            input.Error(node ?? map, $"{context} needs at least one pattern in '{key}'");
        }

        return [.. sources.Select(s => Compile(input, node, s, context)).OfType<ProposalPattern>()];
    }

    private static ProposalPattern? Compile(YamlInput input, YamlNode? node, string source, string context)
    {
        try
        {
            return ProposalPattern.Of(source);
        }
        catch (ArgumentException ex)
        {
            input.Error(node, $"pattern '{source}' in {context} is not a valid regular expression ({ex.Message})");
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalId();
}
