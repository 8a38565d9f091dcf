using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Plumbline.Checks.Net;

/// <summary>Fetches URLs safely: the guard at connect time, strict certificate validation (with any extra roots),
/// at most N redirects followed by hand, capped bodies, a deadline per request that covers the body, and retries with
/// backoff on connection failures only.</summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly NetworkOptions _options;
    private readonly HttpClient _client;

    public HttpFetcher(NetworkOptions options)
    {
        _options = options;
        var validator = new CertificateValidator(options.ExtraTrustedRoots, options.Time);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.Timeout,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = options.Guard.ConnectAsync,
        };
        // Every check gets a full handshake: a resumed session shows no certificate to validate, and .NET's client
        // session cache on OpenSSL 3 has crashed test hosts from the finalizer (a double free in ASN1_STRING_free).
        handler.SslOptions.AllowTlsResume = false;
        handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            var host = sender is System.Net.Security.SslStream s ? s.TargetHostName : string.Empty;
            return validator.Callback(host)(sender, certificate, chain, errors);
        };
        // The deadline of each request is applied per request (GetOnceAsync), around the body too.
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Plumbline/0.1 (+https://github.com/plumbline; security check)");
    }

    /// <summary>GETs the URL, following at most <see cref="NetworkOptions.MaxRedirects"/> redirects.</summary>
    public async Task<FetchResult> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var hops = new List<HttpExchange>();
        var current = url;
        for (var i = 0; ; i++)
        {
            var (exchange, error, refused) = await GetOnceWithRetriesAsync(current, cancellationToken).ConfigureAwait(false);
            if (exchange is null)
            {
                return FetchResult.Failed(url, hops, error!, refused);
            }

            hops.Add(exchange);
            if (exchange.RedirectTarget is not { } next)
            {
                return new FetchResult(url, hops, null);
            }

            if (i >= _options.MaxRedirects)
            {
                return FetchResult.Failed(url, hops, $"more than {_options.MaxRedirects} redirects");
            }

            if (next.Scheme is not ("http" or "https"))
            {
                return FetchResult.Failed(url, hops, $"redirect to a non-HTTP URL ({next.Scheme})");
            }

            current = next;
        }
    }

    private async Task<(HttpExchange? Exchange, string? Error, bool Refused)> GetOnceWithRetriesAsync(Uri url, CancellationToken cancellationToken)
    {
        var delay = _options.Backoff;
        for (var attempt = 0; ; attempt++)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_options.Timeout);
            try
            {
                return (await GetOnceAsync(url, deadline.Token).ConfigureAwait(false), null, false);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
            {
                var (message, retryable, refused) = deadline.IsCancellationRequested
                    ? (TimedOut(_options.Timeout), false, false)
                    : Describe(ex);
                if (!retryable || attempt >= _options.Retries)
                {
                    return (null, message, refused);
                }

                await Task.Delay(delay, _options.Waits, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    private async Task<HttpExchange> GetOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        // NonValidated: the raw values as sent, not re-tokenised ("Apache/2.4.41 (Ubuntu)" stays one value).
        var headers = response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), v)))
            .ToList();
        var (body, truncated) = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return new HttpExchange(url, (int)response.StatusCode, headers, body, truncated);
    }

    private async Task<(string Body, bool Truncated)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[_options.MaxResponseBytes + 1];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            var truncated = read > _options.MaxResponseBytes;
            return (Encoding.UTF8.GetString(buffer, 0, Math.Min(read, _options.MaxResponseBytes)), truncated);
        }
    }

    /// <summary>A one-line reason, whether trying again could help, and whether the guard refused.</summary>
    internal static (string Message, bool Retryable, bool Refused) Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TargetRefusedException refused:
                    return ($"refused: {refused.Message}", false, true);
                case AuthenticationException auth:
                    return ($"TLS handshake failed: {auth.Message}", false, false);
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }:
                    return ("the host name does not resolve", false, false);
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return ("connection refused", true, false);
                case SocketException socket:
                    return ($"connection failed: {socket.SocketErrorCode}", true, false);
                case TimeoutException or OperationCanceledException:
                    return ("timed out", false, false);
            }
        }

        return (ex.Message, true, false);
    }

    /// <summary>The message for a request that ran past its deadline.</summary>
    internal static string TimedOut(TimeSpan timeout) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timed out: no complete response within {timeout.TotalSeconds:0.#} s (connection, headers and body together)");

    public void Dispose() => _client.Dispose();
}
