using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Host;

/// <summary>The built-in services, exposures and dangerous versions (Host/services.yml, embedded).</summary>
public sealed record HostServiceData(IReadOnlyList<Exposure> Exposures, IReadOnlyList<HostService> Services, IReadOnlyList<DangerousVersion> Versions)
{
    private const string Resource = "Plumbline.Checks.Host.services.yml";

    /// <summary>The data shipped with Plumbline.</summary>
    public static HostServiceData BuiltIn { get; } = Load();

    /// <summary>The default ports, in order.</summary>
    public IReadOnlyList<int> DefaultPorts => [.. Services.Select(s => s.Port)];

    /// <summary>The service usually behind a port, or null for a port not in the list.</summary>
    public HostService? ForPort(int port) => Services.FirstOrDefault(s => s.Port == port);

    /// <summary>The exposure with this id (every service's exposure exists: the reader checks).</summary>
    public Exposure ExposureOf(string id) => Exposures.First(e => e.Id == id);

    /// <summary>Reads the data; built-in data that does not read is a bug, so errors are returned for the test that guards it.</summary>
    public static ParseResult<HostServiceData> Read(string yaml, string source)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<HostServiceData>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the services file");
        if (top is null)
        {
            return ParseResult<HostServiceData>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the services file", "exposures", "services", "versions");
        var exposures = new List<Exposure>();
        foreach (var map in Maps(input, YamlInput.Get(top, "exposures"), "'exposures'"))
        {
            var severity = input.String(map, "severity", "an exposure", required: true);
            exposures.Add(new Exposure(
                input.String(map, "id", "an exposure", required: true) ?? string.Empty,
                input.String(map, "check", "an exposure") ?? string.Empty,
                Enum.TryParse<Severity>(severity, ignoreCase: true, out var s) ? s : Severity.Info,
                input.String(map, "says", "an exposure", required: true) ?? string.Empty,
                input.StringList(map, "references", "an exposure")));
        }

        var services = new List<HostService>();
        foreach (var map in Maps(input, YamlInput.Get(top, "services"), "'services'"))
        {
            var probe = input.String(map, "probe", "a service", required: true) ?? string.Empty;
            var exposure = input.String(map, "exposure", "a service", required: true) ?? string.Empty;
            if (!Enum.TryParse<ProbeKind>(probe.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind))
            {
                input.Error(map, $"unknown probe '{probe}'");
            }

            if (!exposures.Exists(e => e.Id == exposure))
            {
                input.Error(map, $"unknown exposure '{exposure}'");
            }

            services.Add(new HostService((int)(input.Number(map, "port", "a service", 1, 65535) ?? 0), input.String(map, "name", "a service", required: true) ?? string.Empty, kind, exposure));
        }

        var versions = new List<DangerousVersion>();
        foreach (var map in Maps(input, YamlInput.Get(top, "versions"), "'versions'"))
        {
            var below = ServerVersion.Parse(input.String(map, "below", "a version", required: true) ?? string.Empty);
            if (below is null)
            {
                input.Error(map, "'below' is not a version");
            }

            versions.Add(new DangerousVersion(
                input.String(map, "product", "a version", required: true) ?? string.Empty,
                input.String(map, "from", "a version") is { } from ? ServerVersion.Parse(from) : null,
                below ?? new ServerVersion([0]),
                input.String(map, "says", "a version", required: true) ?? string.Empty,
                input.String(map, "reference", "a version", required: true) ?? string.Empty));
        }

        return input.Ok
            ? ParseResult<HostServiceData>.Ok(new HostServiceData(exposures, services, versions))
            : ParseResult<HostServiceData>.Fail(input.Errors);
    }

    private static IEnumerable<YamlMappingNode> Maps(YamlInput input, YamlNode? node, string what) =>
        input.Sequence(node, what) is { } list ? list.Children.Select(c => input.Mapping(c, $"each entry of {what}")).OfType<YamlMappingNode>() : [];

    private static HostServiceData Load()
    {
        using var stream = typeof(HostServiceData).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var read = Read(reader.ReadToEnd(), "Host/services.yml");
        return read.Success ? read.Value : throw new InvalidOperationException(string.Join("; ", read.Errors));
    }
}
