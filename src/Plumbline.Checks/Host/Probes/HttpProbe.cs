using System.Text;
using System.Text.Json;

namespace Plumbline.Checks.Host.Probes;

/// <summary>One <c>GET</c> with <c>Connection: close</c>: the web, Elasticsearch's <c>/</c> and Docker's <c>/version</c>.</summary>
internal static class HttpProbe
{
    public static async Task<HttpAnswer?> GetAsync(Stream stream, string host, string path, CancellationToken cancellationToken) =>
        HttpAnswer.Parse(await ExchangeAsync(stream, host, path, cancellationToken).ConfigureAwait(false));

    /// <summary>Sends the request and returns whatever came back, HTTP or not (empty when nothing did).</summary>
    public static async Task<byte[]> ExchangeAsync(Stream stream, string host, string path, CancellationToken cancellationToken)
    {
        // An IPv6 literal goes in brackets (RFC 9110 §7.2).
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var request = $"GET {path} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: plumb-check-host\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        if (!await ProbeIo.WriteAsync(stream, Encoding.ASCII.GetBytes(request), cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        return await ProbeIo.ReadAsync(stream, 64 * 1024, HttpAnswer.Complete, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a web answer tells: the server (product and version from the Server header), status and title.</summary>
    public static ServiceObservation Web(string service, HttpAnswer answer)
    {
        var evidence = new List<string> { $"HTTP status: {answer.Status}" };
        string? product = null, version = null;
        if (answer.Server is { } server)
        {
            evidence.Add($"server: {server}");
            // "Apache/2.4.49 (Unix)", "nginx/1.18.0", "Microsoft-IIS/6.0" (RFC 9110 §10.2.4: product/version tokens)
            var first = server.Split(' ')[0];
            var slash = first.IndexOf('/', StringComparison.Ordinal);
            product = slash > 0 ? first[..slash] : first;
            version = slash > 0 ? first[(slash + 1)..] : null;
        }

        if (answer.Title is { } title)
        {
            evidence.Add($"title: {title}");
        }

        return new ServiceObservation { Service = service, Identified = true, Product = product, Version = version, Evidence = evidence };
    }

    /// <summary>Elasticsearch's <c>/</c>: a cluster document when open, 401 when security is on.</summary>
    public static ServiceObservation? Elasticsearch(string service, HttpAnswer answer)
    {
        if (answer.Status == 401 && answer.Headers.TryGetValue("www-authenticate", out var challenge) && challenge.Contains("realm=\"security\"", StringComparison.OrdinalIgnoreCase))
        {
            return new ServiceObservation { Service = "elasticsearch", Identified = true, Product = "Elasticsearch", Unauthenticated = false, Evidence = [$"HTTP status: 401 (sign-in required)"] };
        }

        if (Json(answer.Body) is not { } doc || !doc.TryGetProperty("cluster_name", out var cluster))
        {
            return null;
        }

        var number = doc.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("number", out var n) ? n.GetString() : null;
        return new ServiceObservation
        {
            Service = service.StartsWith("ssl/", StringComparison.Ordinal) ? "ssl/elasticsearch" : "elasticsearch",
            Identified = true,
            Product = "Elasticsearch",
            Version = number is null ? null : ProbeIo.Printable(number, 40),
            Unauthenticated = answer.Status == 200,
            Evidence = [$"HTTP status: {answer.Status}", $"cluster_name: {ProbeIo.Printable(cluster.ToString(), 80)}"],
        };
    }

    /// <summary>Docker Engine's <c>/version</c>: its version document when the API is open.</summary>
    public static ServiceObservation? Docker(string service, HttpAnswer answer)
    {
        if (Json(answer.Body) is not { } doc || !doc.TryGetProperty("ApiVersion", out var api))
        {
            return answer.Status is 401 or 403 ? new ServiceObservation { Service = service, Identified = false, Unauthenticated = false, Evidence = [$"HTTP status: {answer.Status}"] } : null;
        }

        var version = doc.TryGetProperty("Version", out var v) ? v.GetString() : null;
        return new ServiceObservation
        {
            Service = service,
            Identified = true,
            Product = "Docker",
            Version = version is null ? null : ProbeIo.Printable(version, 40),
            Unauthenticated = answer.Status == 200,
            Evidence = [$"HTTP status: {answer.Status}", $"ApiVersion: {ProbeIo.Printable(api.ToString(), 20)}"],
        };
    }

    private static JsonElement? Json(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
