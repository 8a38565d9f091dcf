using Plumbline.Core.Findings;

namespace Plumbline.Testing.Reports;

/// <summary>Builds a <see cref="Finding"/>: a failing, medium finding unless told otherwise, fingerprinted by check and location.</summary>
public sealed class FindingBuilder(string checkId, string recommendationId)
{
    private Outcome _outcome = Outcome.Fail;
    private Severity _severity = Severity.Medium;
    private string _detail = $"{checkId} found a problem";
    private Location _location = Location.None;
    private readonly List<string> _evidence = [];

    public static FindingBuilder Fail(string checkId, string recommendationId) => new(checkId, recommendationId);

    public static FindingBuilder Pass(string checkId, string recommendationId, string detail) =>
        new FindingBuilder(checkId, recommendationId).WithOutcome(Outcome.Pass).Saying(detail).WithSeverity(Severity.Info);

    public FindingBuilder WithOutcome(Outcome outcome)
    {
        _outcome = outcome;
        return this;
    }

    public FindingBuilder WithSeverity(Severity severity)
    {
        _severity = severity;
        return this;
    }

    public FindingBuilder Saying(string detail)
    {
        _detail = detail;
        return this;
    }

    public FindingBuilder At(string path, int? line = null, string? commit = null)
    {
        _location = new Location(path, line, commit);
        return this;
    }

    public FindingBuilder AtRecord(string record)
    {
        _location = new Location(Record: record);
        return this;
    }

    public FindingBuilder WithEvidence(params string[] evidence)
    {
        _evidence.AddRange(evidence);
        return this;
    }

    public Finding Build() => new(checkId, recommendationId, _outcome, _severity, _detail, _location,
        Fingerprint.Of(checkId, _location.Path, _location.Record, _location.Commit, _detail))
    {
        Evidence = [.. _evidence],
    };

    public static implicit operator Finding(FindingBuilder builder) => builder.Build();
}
