namespace Plumbline.Checks.Domain;

/// <summary>The answer to one DNS question, records in presentation form (TXT strings joined, MX as "10 host.").</summary>
/// <param name="Name">The name asked about.</param>
/// <param name="Type">The record type asked for (MX, TXT, ...).</param>
/// <param name="Status">How it was answered.</param>
/// <param name="Records">The records, when found.</param>
/// <param name="Error">The failure, when <see cref="DnsStatus.Failed"/>.</param>
public sealed record DnsAnswer(string Name, string Type, DnsStatus Status, IReadOnlyList<string> Records, string? Error = null)
{
    /// <summary>True for NODATA and NXDOMAIN: a "void" answer in SPF terms.</summary>
    public bool IsEmpty => Status is DnsStatus.NoRecords or DnsStatus.NameNotFound;

    /// <summary>True when the server failed to answer.</summary>
    public bool Failed => Status == DnsStatus.Failed;

    /// <summary>Evidence lines: <c>TXT _dmarc.example.com: "v=DMARC1; p=none"</c>, or the status.</summary>
    public IEnumerable<string> Evidence() => Status switch
    {
        DnsStatus.Found => Records.Select(r => $"{Type} {Name}: {r}"),
        DnsStatus.NoRecords => [$"{Type} {Name}: no records"],
        DnsStatus.NameNotFound => [$"{Type} {Name}: name does not exist (NXDOMAIN)"],
        _ => [$"{Type} {Name}: lookup failed ({Error})"],
    };

    /// <summary>An answer with records.</summary>
    public static DnsAnswer Of(string name, string type, params string[] records) =>
        new(name, type, records.Length > 0 ? DnsStatus.Found : DnsStatus.NoRecords, records);
}
