using Plumbline.Checks.Domain;

namespace Plumbline.Checks.Tests.Domain;

/// <summary>A hand-written DNS for pure SPF evaluator tests: names map to TXT, address and MX records; anything else is NXDOMAIN.</summary>
internal sealed class FakeDns : IDnsLookups
{
    private readonly Dictionary<(string Name, string Type), string[]> _records = new();

    public int Queries { get; private set; }

    public FakeDns Txt(string name, params string[] records) => Add(name, "TXT", records);

    public FakeDns A(string name, params string[] records) => Add(name, "A/AAAA", records);

    public FakeDns Mx(string name, params string[] records) => Add(name, "MX", records);

    public Task<DnsAnswer> TxtAsync(string name, CancellationToken cancellationToken) => Answer(name, "TXT");

    public Task<DnsAnswer> AddressesAsync(string name, CancellationToken cancellationToken) => Answer(name, "A/AAAA");

    public Task<DnsAnswer> MxAsync(string name, CancellationToken cancellationToken) => Answer(name, "MX");

    private FakeDns Add(string name, string type, string[] records)
    {
        _records[(name, type)] = records;
        return this;
    }

    private Task<DnsAnswer> Answer(string name, string type)
    {
        Queries++;
        if (_records.TryGetValue((name, type), out var records))
        {
            return Task.FromResult(DnsAnswer.Of(name, type, records));
        }

        var exists = _records.Keys.Any(k => k.Name == name);
        return Task.FromResult(new DnsAnswer(name, type, exists ? DnsStatus.NoRecords : DnsStatus.NameNotFound, []));
    }
}
