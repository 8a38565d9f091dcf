using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Are database ports (PostgreSQL, MySQL, SQL Server, Redis, MongoDB, Elasticsearch, Memcached) closed to the network?</summary>
public sealed class DatastoresNotExposed : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DatastoresNotExposed", "Are database ports (PostgreSQL, MySQL, SQL Server, Redis, MongoDB, Elasticsearch, Memcached) closed to the network?", "host", "firewall-database-ports");

    public IEnumerable<Finding> Run(HostSnapshot snapshot) =>
        HostFinding.Exposed(Descriptor, snapshot, "datastore", "No database port answered");
}
