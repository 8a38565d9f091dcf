using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Do the datastores that answer ask for credentials before they hand out data?</summary>
/// <remarks>Redis PING and Elasticsearch's <c>/</c> answer with data only when no sign-in is required. MongoDB's hello
/// answers either way, so an open MongoDB is Inconclusive here (and reported by <see cref="DatastoresNotExposed"/>).</remarks>
public sealed class DatastoresRequireAuthentication : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DatastoresRequireAuthentication", "Do the datastores that answer (Redis, Elasticsearch) ask for a password first?", "host", "require-datastore-authentication");

    public IEnumerable<Finding> Run(HostSnapshot snapshot)
    {
        var datastores = snapshot.Open.Where(p => snapshot.ExposureOf(p).Id == "datastore").ToList();
        if (datastores.Count == 0)
        {
            yield return HostFinding.Summary(Descriptor, snapshot, Outcome.NotApplicable, $"No datastore answered {HostFinding.Scope(snapshot)}");
            yield break;
        }

        var asked = new List<string>();
        foreach (var port in datastores)
        {
            var name = HostFinding.Describe(port);
            switch (port.Service.Unauthenticated)
            {
                case true:
                    yield return HostFinding.Fail(Descriptor, port, Severity.Critical,
                        $"{name} on {port.Endpoint} answered without a password: anyone who reaches it can read, change or delete the data (an open Redis is also a common way to take over the server)",
                        port.Service.Evidence);
                    break;
                case false:
                    asked.Add($"{port.Endpoint}: {name} asked for credentials");
                    break;
                default:
                    yield return HostFinding.Inconclusive(Descriptor, port,
                        $"{name} on {port.Endpoint} answers, but the read-only probe cannot tell whether it requires a password (Plumbline never tries to sign in)",
                        port.Service.Evidence);
                    break;
            }
        }

        if (asked.Count > 0 && asked.Count == datastores.Count)
        {
            yield return HostFinding.Summary(Descriptor, snapshot, Outcome.Pass, $"Every datastore that answered asked for credentials", asked);
        }
    }
}
