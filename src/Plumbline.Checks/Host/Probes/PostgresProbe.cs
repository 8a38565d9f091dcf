namespace Plumbline.Checks.Host.Probes;

/// <summary>PostgreSQL's SSLRequest (length 8, code 80877103): the server answers one byte, <c>S</c> or <c>N</c>,
/// before any sign-in; the connection is closed after it.</summary>
internal static class PostgresProbe
{
    private static readonly byte[] SslRequest = [0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F];

    public static async Task<ServiceObservation?> ProbeAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!await ProbeIo.WriteAsync(stream, SslRequest, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await ProbeIo.ReadAsync(stream, 1, _ => true, cancellationToken).ConfigureAwait(false);
        return data is [(byte)'S' or (byte)'N']
            ? new ServiceObservation
            {
                Service = "postgresql",
                Identified = true,
                Product = "PostgreSQL",
                Evidence = [data[0] == 'S' ? "SSLRequest answered S: TLS offered" : "SSLRequest answered N: no TLS, passwords cross the network in the clear unless SCRAM is used"],
            }
            : null;
    }
}
