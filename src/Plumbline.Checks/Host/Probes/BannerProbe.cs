using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Host.Probes;

/// <summary>Services that speak first (SSH, FTP, SMTP, POP3, IMAP, MySQL, VNC): read their greeting, send nothing.</summary>
internal static partial class BannerProbe
{
    public static async Task<byte[]> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        await ProbeIo.ReadAsync(stream, 1024, Complete, cancellationToken).ConfigureAwait(false);

    /// <summary>The service a greeting names, or null when it names none this knows. <paramref name="port"/> breaks the tie
    /// between FTP and SMTP, whose greetings both start with 220.</summary>
    public static ServiceObservation? Identify(ReadOnlySpan<byte> data, int port)
    {
        if (data.Length == 0)
        {
            return null;
        }

        // MySQL speaks first with a binary handshake: 3-byte length, sequence 0, protocol version 10, version text, NUL.
        if (data.Length > 5 && data[3] == 0 && data[4] == 10)
        {
            var text = data[5..];
            var nul = text.IndexOf((byte)0);
            if (nul > 0)
            {
                var version = ProbeIo.Printable(Encoding.Latin1.GetString(text[..nul]));
                var product = version.Contains("MariaDB", StringComparison.OrdinalIgnoreCase) ? "MariaDB" : "MySQL";
                return new ServiceObservation { Service = "mysql", Identified = true, Product = product, Version = version.Split('-')[0], Evidence = [$"handshake: protocol 10, server {version}"] };
            }
        }

        var line = ProbeIo.FirstLine(data);
        var evidence = new[] { $"banner: {line}" };
        if (line.StartsWith("SSH-", StringComparison.Ordinal))
        {
            // SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3 (RFC 4253 §4.2: protoversion-softwareversion SP comments)
            var software = line.Split('-', 3) is { Length: 3 } parts ? parts[2] : string.Empty;
            var space = software.IndexOf(' ', StringComparison.Ordinal);
            var comment = space >= 0 ? software[(space + 1)..] : null;
            var name = space >= 0 ? software[..space] : software;
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            return new ServiceObservation
            {
                Service = "ssh",
                Identified = true,
                Product = underscore > 0 ? name[..underscore] : name.Length > 0 ? name : null,
                Version = underscore > 0 ? name[(underscore + 1)..] : null,
                VersionNote = comment,
                Evidence = evidence,
            };
        }

        if (line.StartsWith("RFB ", StringComparison.Ordinal))
        {
            return new ServiceObservation { Service = "vnc", Identified = true, Evidence = evidence };
        }

        if (line.StartsWith("+OK", StringComparison.Ordinal))
        {
            return WithProduct("pop3", line, evidence);
        }

        if (line.StartsWith("* OK", StringComparison.Ordinal))
        {
            return WithProduct("imap", line, evidence);
        }

        if (line.StartsWith("220", StringComparison.Ordinal))
        {
            var smtp = line.Contains("SMTP", StringComparison.OrdinalIgnoreCase);
            var ftp = line.Contains("FTP", StringComparison.OrdinalIgnoreCase);
            var service = ftp && !smtp ? "ftp" : smtp && !ftp ? "smtp" : port is 25 or 587 or 465 ? "smtp" : "ftp";
            return WithProduct(service, line, evidence);
        }

        if (line.StartsWith("Login:", StringComparison.OrdinalIgnoreCase) || data[0] == 0xFF)
        {
            // Telnet option negotiation starts with IAC (0xFF).
            return new ServiceObservation { Service = "telnet", Identified = true, Evidence = evidence };
        }

        return null;
    }

    private static ServiceObservation WithProduct(string service, string line, string[] evidence)
    {
        var m = KnownProduct().Match(line);
        return new ServiceObservation
        {
            Service = service,
            Identified = true,
            Product = m.Success ? m.Groups["product"].Value : null,
            Version = m.Success && m.Groups["version"].Success ? m.Groups["version"].Value : null,
            Evidence = evidence,
        };
    }

    private static bool Complete(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        if (span.Length > 5 && span[3] == 0 && span[4] == 10)
        {
            // A MySQL handshake: complete once its stated length has arrived.
            return span.Length >= 4 + (span[0] | (span[1] << 8) | (span[2] << 16));
        }

        // Multi-line greetings (220-...) continue until a line without the dash; one full line is enough to name the service.
        return ProbeIo.HasLine(data) || (span.Length >= 12 && span.StartsWith("RFB "u8));
    }

    [GeneratedRegex(@"(?<product>vsFTPd|ProFTPD|Pure-FTPd|FileZilla Server|Exim|Postfix|Sendmail|Microsoft FTP Service|Dovecot|Courier)[ _/]*v?(?<version>\d+(?:\.\d+)*[a-z0-9]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex KnownProduct();
}
