using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Builds host findings: the endpoint as the location, a fingerprint of check, address and port.</summary>
internal static class HostFinding
{
    public static Finding Fail(CheckDescriptor d, OpenPort port, Severity severity, string detail, IEnumerable<string> evidence) =>
        At(d, port, Outcome.Fail, severity, detail) with
        {
            Evidence = [.. evidence],
        };

    public static Finding Inconclusive(CheckDescriptor d, OpenPort port, string detail, IEnumerable<string> evidence) =>
        At(d, port, Outcome.Inconclusive, Severity.Info, detail) with
        {
            Evidence = [.. evidence],
        };

    /// <summary>One finding for the whole run: nothing of this kind was found.</summary>
    public static Finding Summary(CheckDescriptor d, HostSnapshot s, Outcome outcome, string detail, IEnumerable<string>? evidence = null) =>
        d.Conclude(outcome, Severity.Info, Sentence.End(detail), new Location(Record: string.Join(", ", s.Targets)), string.Join(",", s.Targets)) with
        {
            Evidence = [.. evidence ?? []],
        };

    /// <summary>"on the 3 addresses and 28 ports tried".</summary>
    public static string Scope(HostSnapshot s) =>
        string.Create(CultureInfo.InvariantCulture, $"on the {s.Addresses.Count} address{(s.Addresses.Count == 1 ? string.Empty : "es")} and {s.Ports.Count} port{(s.Ports.Count == 1 ? string.Empty : "s")} tried");

    /// <summary>The service as a person reads it: <c>Redis</c>, or <c>ssh (OpenSSH 9.2p1)</c>.</summary>
    public static string Describe(OpenPort port) =>
        port.Service.ProductAndVersion is { } product ? $"{port.Service.Service} ({product})" : port.Service.Service;

    /// <summary>Every open port of one kind of exposure failed with the data's sentence and references; a pass when there is none.</summary>
    public static IEnumerable<Finding> Exposed(CheckDescriptor d, HostSnapshot s, string exposureId, string noneSentence)
    {
        var exposure = s.Data.ExposureOf(exposureId);
        var found = false;
        foreach (var port in s.Open.Where(p => s.ExposureOf(p).Id == exposureId))
        {
            found = true;
            var evidence = port.Service.Evidence.Concat(exposure.References.Select(r => $"reference: {r}"));
            var identified = port.Service.Identified ? string.Empty : $" (named by its port: the service did not answer a probe in a way Plumbline recognises)";
            yield return Fail(d, port, exposure.Severity, exposure.Sentence(Describe(port), port.Endpoint) + identified, evidence);
        }

        if (!found)
        {
            yield return Summary(d, s, Outcome.Pass, $"{noneSentence} {Scope(s)}");
        }
    }

    // One finding per address and port, whatever the host name it was reached by.
    private static Finding At(CheckDescriptor d, OpenPort port, Outcome outcome, Severity severity, string detail) =>
        d.Conclude(outcome, severity, Sentence.End(detail), new Location(Record: port.Endpoint), port.Host.Address.ToString(), port.Port.ToString(CultureInfo.InvariantCulture));
}
