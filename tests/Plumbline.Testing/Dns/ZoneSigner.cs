using System.Diagnostics;

namespace Plumbline.Testing.Dns;

/// <summary>Signs a zone with DNSSEC using ldnsutils (ldns-keygen, ldns-signzone, ldns-key2ds), for tests that need
/// a really signed zone and the DS record to put in its parent.</summary>
public static class ZoneSigner
{
    /// <summary>Why signing cannot run here, or null when it can.</summary>
    public static string? SkipReason =>
        NsdServer.Tool("ldns-signzone") is null || NsdServer.Tool("ldns-keygen") is null || NsdServer.Tool("ldns-key2ds") is null
            ? "ldnsutils is not installed (apt-get install ldnsutils; CI installs it with .ci/setup-dns.sh)"
            : null;

    /// <summary>Signs the zone text for <paramref name="origin"/> in <paramref name="directory"/>; returns the signed text and the DS record line.</summary>
    public static (string SignedZone, string DsRecord) Sign(string origin, string zoneText, string directory)
    {
        origin = origin.TrimEnd('.');
        var work = Path.Combine(directory, "keys-" + origin);
        Directory.CreateDirectory(work);
        var zoneFile = Path.Combine(work, origin + ".zone");
        File.WriteAllText(zoneFile, zoneText);
        var zsk = Run(work, "ldns-keygen", "-a", "ECDSAP256SHA256", origin).Trim();
        var ksk = Run(work, "ldns-keygen", "-a", "ECDSAP256SHA256", "-k", origin).Trim();
        Run(work, "ldns-signzone", "-o", origin, zoneFile, zsk, ksk);
        var ds = Run(work, "ldns-key2ds", "-n", "-2", ksk + ".key").Trim();
        return (File.ReadAllText(zoneFile + ".signed"), ds);
    }

    private static string Run(string directory, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(NsdServer.Tool(tool)!, args)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error}");
        }

        return output;
    }
}
