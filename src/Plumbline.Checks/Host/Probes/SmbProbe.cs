using System.Buffers.Binary;

namespace Plumbline.Checks.Host.Probes;

/// <summary>SMB2 NEGOTIATE only ([MS-SMB2] 2.2.3), offering dialects 2.0.2 to 3.0.2: the response names the dialect the
/// server picked and whether it requires signing. No session is set up.</summary>
internal static class SmbProbe
{
    public static async Task<ServiceObservation?> ProbeAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!await ProbeIo.WriteAsync(stream, Request(), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await ProbeIo.ReadAsync(stream, 4096, d => d.Length >= 4 && d.Length >= 4 + (BinaryPrimitives.ReadInt32BigEndian(d.Span) & 0xFFFFFF), cancellationToken).ConfigureAwait(false);
        return Read(data);
    }

    public static byte[] Request()
    {
        var message = new byte[64 + 36 + 8];
        message[0] = 0xFE;
        "SMB"u8.CopyTo(message.AsSpan(1));
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(4), 64); // header size
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(12), 0); // NEGOTIATE
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(14), 1); // one credit
        var body = message.AsSpan(64);
        BinaryPrimitives.WriteUInt16LittleEndian(body, 36); // structure size
        BinaryPrimitives.WriteUInt16LittleEndian(body[2..], 4); // dialect count
        BinaryPrimitives.WriteUInt16LittleEndian(body[4..], 1); // signing enabled
        ushort[] dialects = [0x0202, 0x0210, 0x0300, 0x0302];
        for (var i = 0; i < dialects.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(body[(36 + (2 * i))..], dialects[i]);
        }

        var framed = new byte[4 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(framed, message.Length); // NetBIOS session message, type 0
        message.CopyTo(framed, 4);
        return framed;
    }

    public static ServiceObservation? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[4] == 0xFF && data[5..8].SequenceEqual("SMB"u8))
        {
            return new ServiceObservation { Service = "microsoft-ds", Identified = true, Product = "SMB", Version = "1", Evidence = ["answered with SMB1, which has no protection against the attacks WannaCry used"] };
        }

        if (data.Length < 4 + 64 + 6 || data[4] != 0xFE || !data[5..8].SequenceEqual("SMB"u8))
        {
            return null;
        }

        var body = data[(4 + 64)..];
        var securityMode = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
        var dialect = BinaryPrimitives.ReadUInt16LittleEndian(body[4..]);
        var version = $"{dialect >> 8}.{(dialect >> 4) & 0xF}.{dialect & 0xF}";
        return new ServiceObservation
        {
            Service = "microsoft-ds",
            Identified = true,
            Product = "SMB",
            Version = version,
            Evidence = [$"SMB2 dialect {version}", (securityMode & 0x02) != 0 ? "signing required" : "signing not required"],
        };
    }
}
