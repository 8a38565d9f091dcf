using System.Buffers.Binary;
using System.Text;

namespace Plumbline.Checks.Host.Probes;

/// <summary>MongoDB <c>hello</c> (OP_MSG, opcode 2013) on the admin database. hello needs no sign-in whether or not
/// access control is on, so it names the server but cannot say whether the data is open.</summary>
internal static class MongoProbe
{
    private const int OpMsg = 2013;

    public static async Task<ServiceObservation?> ProbeAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!await ProbeIo.WriteAsync(stream, Request(), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await ProbeIo.ReadAsync(stream, 16 * 1024, Complete, cancellationToken).ConfigureAwait(false);
        return Read(data);
    }

    /// <summary>The hello message: header, flag bits, one body section holding <c>{hello: 1, $db: "admin"}</c>.</summary>
    public static byte[] Request()
    {
        var doc = new List<byte>();
        doc.Add(0x10);
        doc.AddRange("hello\0"u8.ToArray());
        doc.AddRange(Int32(1));
        doc.Add(0x02);
        doc.AddRange("$db\0"u8.ToArray());
        doc.AddRange(Int32(6));
        doc.AddRange("admin\0"u8.ToArray());
        doc.Add(0);
        var bson = Int32(doc.Count + 4).Concat(doc).ToArray();

        var body = new List<byte>();
        body.AddRange(Int32(0)); // flag bits
        body.Add(0); // section kind 0: the body document
        body.AddRange(bson);
        var header = Int32(16 + body.Count).Concat(Int32(1)).Concat(Int32(0)).Concat(Int32(OpMsg));
        return [.. header, .. body];
    }

    /// <summary>What the reply says, or null when it is not an OP_MSG reply with a hello document.</summary>
    public static ServiceObservation? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 21 + 5 || BinaryPrimitives.ReadInt32LittleEndian(data[12..]) != OpMsg || data[20] != 0)
        {
            return null;
        }

        var fields = TopLevel(data[21..]);
        if (!fields.ContainsKey("maxWireVersion"))
        {
            return null;
        }

        var evidence = fields.Where(f => f.Key is "maxWireVersion" or "isWritablePrimary" or "ismaster" or "setName" or "ok")
            .Select(f => $"{f.Key}: {ProbeIo.Printable(f.Value, 60)}").ToList();
        return new ServiceObservation { Service = "mongodb", Identified = true, Product = "MongoDB", Evidence = evidence };
    }

    private static bool Complete(ReadOnlyMemory<byte> data) =>
        data.Length >= 4 && data.Length >= BinaryPrimitives.ReadInt32LittleEndian(data.Span);

    /// <summary>The scalar fields of a BSON document (bsonspec.org), as text; nested documents and arrays are skipped.</summary>
    private static Dictionary<string, string> TopLevel(ReadOnlySpan<byte> doc)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (doc.Length < 5)
        {
            return fields;
        }

        var end = Math.Min(doc.Length, BinaryPrimitives.ReadInt32LittleEndian(doc));
        var i = 4;
        while (i < end - 1)
        {
            var type = doc[i++];
            var nameEnd = doc[i..].IndexOf((byte)0);
            if (nameEnd < 0)
            {
                break;
            }

            var name = Encoding.UTF8.GetString(doc.Slice(i, nameEnd));
            i += nameEnd + 1;
            int size;
            switch (type)
            {
                case 0x01 when i + 8 <= end: // double
                    fields[name] = BinaryPrimitives.ReadDoubleLittleEndian(doc[i..]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    size = 8;
                    break;
                case 0x02 when i + 4 <= end: // string
                    var length = BinaryPrimitives.ReadInt32LittleEndian(doc[i..]);
                    if (length < 1 || i + 4 + length > end)
                    {
                        return fields;
                    }

                    fields[name] = Encoding.UTF8.GetString(doc.Slice(i + 4, length - 1));
                    size = 4 + length;
                    break;
                case 0x03 or 0x04 when i + 4 <= end: // document, array
                    size = BinaryPrimitives.ReadInt32LittleEndian(doc[i..]);
                    break;
                case 0x05 when i + 4 <= end: // binary
                    size = 5 + BinaryPrimitives.ReadInt32LittleEndian(doc[i..]);
                    break;
                case 0x07: // ObjectId
                    size = 12;
                    break;
                case 0x08 when i < end: // bool
                    fields[name] = doc[i] == 1 ? "true" : "false";
                    size = 1;
                    break;
                case 0x09 or 0x11 or 0x12: // datetime, timestamp, int64
                    size = 8;
                    break;
                case 0x0A: // null
                    size = 0;
                    break;
                case 0x10 when i + 4 <= end: // int32
                    fields[name] = BinaryPrimitives.ReadInt32LittleEndian(doc[i..]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    size = 4;
                    break;
                default:
                    return fields;
            }

            if (size < 0)
            {
                break;
            }

            i += size;
        }

        return fields;
    }

    private static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
