using System.Buffers.Binary;

namespace Plumbline.Checks.Host.Probes;

/// <summary>RDP's first packet only: an X.224 Connection Request carrying an RDP negotiation request for TLS and
/// CredSSP ([MS-RDPBCGR] 2.2.1.1). The Connection Confirm names the protocol the server picked; nothing else is sent.</summary>
internal static class RdpProbe
{
    private static readonly byte[] ConnectionRequest =
    [
        0x03, 0x00, 0x00, 0x13, // TPKT: version 3, length 19
        0x0E, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, // X.224 CR: length 14, no cookie
        0x01, 0x00, 0x08, 0x00, 0x03, 0x00, 0x00, 0x00, // RDP_NEG_REQ: PROTOCOL_SSL | PROTOCOL_HYBRID
    ];

    public static async Task<ServiceObservation?> ProbeAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!await ProbeIo.WriteAsync(stream, ConnectionRequest, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await ProbeIo.ReadAsync(stream, 64, d => d.Length >= 4 && d.Length >= BinaryPrimitives.ReadUInt16BigEndian(d.Span[2..]), cancellationToken).ConfigureAwait(false);
        return Read(data);
    }

    public static ServiceObservation? Read(ReadOnlySpan<byte> data)
    {
        // TPKT header, then an X.224 Connection Confirm (code 0xD0).
        if (data.Length < 11 || data[0] != 0x03 || (data[5] & 0xF0) != 0xD0)
        {
            return null;
        }

        var evidence = new List<string> { "X.224 Connection Confirm received" };
        if (data.Length >= 19)
        {
            var value = BinaryPrimitives.ReadUInt32LittleEndian(data[15..]);
            evidence.Add(data[11] switch
            {
                0x02 => $"server picked: {Protocol(value)}",
                0x03 => $"negotiation failure code {value}",
                _ => "no negotiation response (classic RDP security)",
            });
        }

        return new ServiceObservation { Service = "ms-wbt-server", Identified = true, Product = "RDP", Evidence = evidence };
    }

    private static string Protocol(uint selected) => selected switch
    {
        0 => "standard RDP security (no TLS, no Network Level Authentication)",
        1 => "TLS without Network Level Authentication",
        2 => "CredSSP (Network Level Authentication)",
        8 => "RDSTLS",
        _ => $"protocol {selected}",
    };
}
