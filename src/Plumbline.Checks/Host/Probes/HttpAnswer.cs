using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Host.Probes;

/// <summary>An HTTP/1.x response as a probe read it: status, headers, and as much body as arrived.</summary>
internal sealed partial record HttpAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The Server header, or null.</summary>
    public string? Server => Headers.TryGetValue("server", out var s) ? ProbeIo.Printable(s) : null;

    /// <summary>The page title, decoded and shortened, or null.</summary>
    public string? Title => TitleTag().Match(Body) is { Success: true } m
        ? ProbeIo.Printable(WebUtility.HtmlDecode(m.Groups[1].Value).ReplaceLineEndings(" "), 120)
        : null;

    /// <summary>The response, or null when the bytes are not an HTTP/1.x response.</summary>
    public static HttpAnswer? Parse(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith("HTTP/1."u8))
        {
            return null;
        }

        var text = Encoding.Latin1.GetString(data);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd >= 0 ? text[..headerEnd] : text;
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ') is { Length: >= 2 } parts && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var body = headerEnd >= 0 ? Encoding.UTF8.GetString(data[(Encoding.Latin1.GetByteCount(text.AsSpan(0, headerEnd)) + 4)..]) : string.Empty;
        return new HttpAnswer(status, headers, body);
    }

    /// <summary>True once the headers, and the body their Content-Length announces (or a title, or 16 KiB of it), have arrived:
    /// a server that ignores <c>Connection: close</c> is not waited on.</summary>
    public static bool Complete(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        var end = span.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        var body = span.Length - end - 4;
        var head = Encoding.Latin1.GetString(span[..end]);
        var length = ContentLength().Match(head);
        if (length.Success && long.TryParse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var announced))
        {
            return body >= announced;
        }

        return body >= 16 * 1024 || span[(end + 4)..].IndexOf("</title>"u8) >= 0 || span.EndsWith("0\r\n\r\n"u8);
    }

    [GeneratedRegex(@"<title[^>]*>([^<]{0,500})</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"(?im)^content-length:\s*(\d+)\s*$")]
    private static partial Regex ContentLength();
}
