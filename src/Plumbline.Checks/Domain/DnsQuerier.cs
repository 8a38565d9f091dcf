using System.Net;
using DnsClient;
using DnsClient.Protocol;

namespace Plumbline.Checks.Domain;

/// <summary>Asks a DNS server (the system's, or the one given with <c>--dns-server</c>) without caching,
/// with a timeout and retries, and turns every answer — including failures — into a <see cref="DnsAnswer"/>.</summary>
public sealed class DnsQuerier : IDnsLookups
{
    private readonly LookupClient? _client;

    /// <summary>A querier for <paramref name="server"/>, or the system's resolvers when null.</summary>
    public DnsQuerier(IPEndPoint? server, TimeSpan timeout, int retries)
    {
        var options = server is null ? new LookupClientOptions() : new LookupClientOptions(server);
        options.UseCache = false;
        options.Timeout = timeout;
        options.Retries = retries;
        options.ThrowDnsErrors = false;
        options.UseTcpFallback = true;
        options.ContinueOnDnsError = false;
        options.ContinueOnEmptyResponse = false;
        options.RequestDnsSecRecords = true;
        try
        {
            _client = new LookupClient(options);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The system names no resolver at all (an empty or missing /etc/resolv.conf): HasServers says so.
            _client = null;
        }

        Server = server?.ToString() ?? string.Join(", ", _client?.NameServers.Select(n => n.ToString()) ?? []);
        HasServers = _client is { NameServers.Count: > 0 };
    }

    /// <summary>The server asked, for messages.</summary>
    public string Server { get; }

    /// <summary>False when no server was given and the system names none: every question would fail.</summary>
    public bool HasServers { get; }

    /// <inheritdoc/>
    public Task<DnsAnswer> TxtAsync(string name, CancellationToken cancellationToken) => QueryAsync(name, QueryType.TXT, cancellationToken);

    /// <inheritdoc/>
    public Task<DnsAnswer> MxAsync(string name, CancellationToken cancellationToken) => QueryAsync(name, QueryType.MX, cancellationToken);

    /// <inheritdoc/>
    public async Task<DnsAnswer> AddressesAsync(string name, CancellationToken cancellationToken)
    {
        var a = await QueryAsync(name, QueryType.A, cancellationToken).ConfigureAwait(false);
        if (a.Failed || a.Status == DnsStatus.NameNotFound)
        {
            return a with { Type = "A/AAAA" };
        }

        var aaaa = await QueryAsync(name, QueryType.AAAA, cancellationToken).ConfigureAwait(false);
        var records = a.Records.Concat(aaaa.Records).ToList();
        return new DnsAnswer(name, "A/AAAA", records.Count > 0 ? DnsStatus.Found : aaaa.Failed ? DnsStatus.Failed : DnsStatus.NoRecords, records, aaaa.Error);
    }

    /// <summary>Resolves a host name to addresses through this server (for fetching the MTA-STS policy).</summary>
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var answer = await AddressesAsync(host, cancellationToken).ConfigureAwait(false);
        return [.. answer.Records.Select(IPAddress.Parse)];
    }

    /// <summary>Asks one question; the answer says how it went (never throws for DNS or network failures).</summary>
    public async Task<DnsAnswer> QueryAsync(string name, QueryType type, CancellationToken cancellationToken)
    {
        var (answer, _) = await QueryWithResponseAsync(name, type, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    /// <summary>Asks one question and also returns the raw response (for RRSIG and the AD flag).</summary>
    public async Task<(DnsAnswer Answer, IDnsQueryResponse? Response)> QueryWithResponseAsync(string name, QueryType type, CancellationToken cancellationToken)
    {
        var typeName = type.ToString();
        IDnsQueryResponse response;
        if (_client is null || !HasServers)
        {
            return (new DnsAnswer(name, typeName, DnsStatus.Failed, [], "no DNS server is configured on this machine"), null);
        }

        try
        {
            response = await _client.QueryAsync(name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
        }
        catch (DnsResponseException ex)
        {
            return (new DnsAnswer(name, typeName, DnsStatus.Failed, [], Describe(ex)), null);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return (new DnsAnswer(name, typeName, DnsStatus.Failed, [], $"{Server}: {ex.SocketErrorCode}"), null);
        }

        var code = response.Header.ResponseCode;
        if (code == DnsHeaderResponseCode.NotExistentDomain)
        {
            return (new DnsAnswer(name, typeName, DnsStatus.NameNotFound, []), response);
        }

        if (code != DnsHeaderResponseCode.NoError)
        {
            return (new DnsAnswer(name, typeName, DnsStatus.Failed, [], $"{Server} answered {code}"), response);
        }

        var records = response.Answers.Where(r => r.RecordType == (ResourceRecordType)type).Select(Present).ToList();
        return (new DnsAnswer(name, typeName, records.Count > 0 ? DnsStatus.Found : DnsStatus.NoRecords, records), response);
    }

    private string Describe(DnsResponseException ex) =>
        ex.Code == DnsResponseCode.ConnectionTimeout ? $"{Server} did not answer (timed out)" : $"{Server}: {ex.Message}";

    private static string Present(DnsResourceRecord record) => record switch
    {
        TxtRecord txt => string.Concat(txt.Text),
        MxRecord mx => $"{mx.Preference} {mx.Exchange.Value}",
        CaaRecord caa => $"{caa.Flags} {caa.Tag} \"{caa.Value}\"",
        NsRecord ns => ns.NSDName.Value,
        ARecord a => a.Address.ToString(),
        AaaaRecord aaaa => aaaa.Address.ToString(),
        DnsKeyRecord key => $"{key.Flags} {key.Protocol} {key.Algorithm}",
        DsRecord ds => $"{ds.KeyTag} {ds.Algorithm} {ds.DigestType} {ds.DigestAsString}",
        _ => record.ToString(),
    };
}
