using System.Net;

namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>Downloads <c>&lt;source&gt;/&lt;Ecosystem&gt;/all.zip</c> for each ecosystem and imports it, one ecosystem at a time,
/// so a failure for one leaves the others (and the previous index of the failed one) in place.</summary>
public sealed class OsvDownloader(HttpClient http, VulnIndexStore store, TimeProvider time)
{
    /// <summary>The public OSV bucket.</summary>
    public const string DefaultSource = "https://osv-vulnerabilities.storage.googleapis.com";

    /// <summary>The largest archive accepted (npm's, the biggest, is a few hundred MB).</summary>
    public long MaxArchiveBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>How long one archive may take to download.</summary>
    public TimeSpan PerArchiveTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Downloads and imports each ecosystem; reports each as done or failed with the reason.</summary>
    public async Task<IReadOnlyList<UpdateOutcome>> UpdateAsync(string source, IReadOnlyList<string> ecosystems, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<UpdateOutcome>();
        Directory.CreateDirectory(store.Folder);
        foreach (var ecosystem in ecosystems)
        {
            var url = $"{source.TrimEnd('/')}/{Uri.EscapeDataString(ecosystem)}/all.zip";
            progress?.Report($"Downloading {url}");
            var temp = Path.Combine(store.Folder, $"download-{Guid.NewGuid():N}.zip");
            try
            {
                var error = await DownloadAsync(url, temp, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    outcomes.Add(new UpdateOutcome(ecosystem, url, null, error));
                    continue;
                }

                progress?.Report($"Importing {ecosystem}");
                var summary = new OsvImporter(store, time).Import([temp], url, cancellationToken);
                var import = summary.Ecosystems.FirstOrDefault(e => string.Equals(e.Name, ecosystem, StringComparison.Ordinal));
                outcomes.Add(summary.Error is not null
                    ? new UpdateOutcome(ecosystem, url, null, summary.Error)
                    : import is null
                        ? new UpdateOutcome(ecosystem, url, null, $"the archive held no {ecosystem} advisories ({summary.Documents} documents, {summary.Skipped} skipped)")
                        : new UpdateOutcome(ecosystem, url, import, null));
            }
            finally
            {
                File.Delete(temp);
            }
        }

        return outcomes;
    }

    private async Task<string?> DownloadAsync(string url, string target, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PerArchiveTimeout);
        try
        {
            using var response = await http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return "not found (404): check the ecosystem name and --source";
            }

            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }

            if (response.Content.Headers.ContentLength is { } length && length > MaxArchiveBytes)
            {
                return $"the archive is {length} bytes, over the {MaxArchiveBytes}-byte limit";
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > MaxArchiveBytes)
                {
                    return $"the archive is over the {MaxArchiveBytes}-byte limit";
                }

                await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token).ConfigureAwait(false);
            }

            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"timed out after {PerArchiveTimeout.TotalMinutes:0} minutes";
        }
        catch (HttpRequestException ex)
        {
            return $"could not download ({ex.Message})";
        }
    }
}

/// <summary>How updating one ecosystem went.</summary>
public sealed record UpdateOutcome(string Ecosystem, string Url, EcosystemImport? Import, string? Error);
