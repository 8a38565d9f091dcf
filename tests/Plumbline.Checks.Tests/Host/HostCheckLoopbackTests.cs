using System.Text;
using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Host.Probes;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Core.Findings;
using Plumbline.Testing.Net;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Host;

/// <summary>Host checks of 127.0.0.1 against real servers the tests start: redis-server, Kestrel, and TCP listeners
/// that greet like SSH and FTP, stay silent, or trickle.</summary>
public sealed class HostCheckLoopbackTests : IDisposable
{
    private readonly TestCertificates _ca = new(TimeProvider.System.GetUtcNow());

    [RedisFact]
    public async Task A_redis_without_a_password_is_an_unauthenticated_datastore()
    {
        await using var redis = await RedisServer.StartAsync();

        var report = await HostRun.OfLoopbackAsync(redis.Port);

        report.ServiceOn(redis.Port).ShouldBe("redis");
        var open = report.Only("DatastoresRequireAuthentication");
        open.Outcome.ShouldBe(Outcome.Fail);
        open.Severity.ShouldBe(Severity.Critical);
        open.Location.Record.ShouldBe($"127.0.0.1:{redis.Port}");
        open.Evidence.ShouldContain("PING answered: +PONG");
        report.Only("DatastoresNotExposed").Outcome.ShouldBe(Outcome.Fail);
        report.Items.ShouldContain(i => i.RecommendationId == "require-datastore-authentication");
    }

    [RedisFact]
    public async Task A_redis_that_requires_a_password_passes_authentication_but_is_still_an_exposed_datastore()
    {
        await using var redis = await RedisServer.StartAsync(password: "fixture-not-a-secret");

        var report = await HostRun.OfLoopbackAsync(redis.Port);

        var auth = report.Only("DatastoresRequireAuthentication");
        auth.Outcome.ShouldBe(Outcome.Pass);
        auth.Evidence.ShouldHaveSingleItem().ShouldContain("asked for credentials");
        report.Only("DatastoresNotExposed").Outcome.ShouldBe(Outcome.Fail);
    }

    [Fact]
    public async Task An_http_server_that_names_a_known_exploited_apache_fails_the_version_check_with_its_title()
    {
        await using var web = await TestWebServer.StartHttpAsync(async ctx =>
        {
            ctx.Response.Headers.Server = "Apache/2.4.49 (Unix)";
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<html><head><title>Staff &amp; admin</title></head></html>");
        });

        var report = await HostRun.OfLoopbackAsync(web.Port);

        report.ServiceOn(web.Port).ShouldBe("http");
        var version = report.Only("ServerVersionsCurrent");
        version.Outcome.ShouldBe(Outcome.Fail);
        version.Detail.ShouldContain("Apache 2.4.49");
        version.Detail.ShouldContain("CVE-2021-41773");
        version.Evidence.ShouldContain("title: Staff & admin");
        version.Evidence.ShouldContain("server: Apache/2.4.49 (Unix)");
    }

    [Fact]
    public async Task An_https_server_with_a_self_signed_certificate_fails_the_certificate_check()
    {
        await using var web = await TestWebServer.StartHttpsAsync(_ca.SelfSigned(["localhost"]), ctx => ctx.Response.WriteAsync("<title>panel</title>"));

        var report = await HostRun.OfLoopbackAsync(web.Port);

        report.ServiceOn(web.Port).ShouldBe("ssl/http");
        var cert = report.Only("HostCertificatesValid");
        cert.Outcome.ShouldBe(Outcome.Fail);
        cert.Detail.ShouldContain("self-signed");
    }

    [Fact]
    public async Task An_https_server_with_an_expired_certificate_fails_as_expired()
    {
        await using var web = await TestWebServer.StartHttpsAsync(
            _ca.Leaf(["localhost"], notBefore: TimeSpan.FromDays(-60), notAfter: TimeSpan.FromDays(-1)), ctx => ctx.Response.WriteAsync("old"));

        var report = await HostRun.OfLoopbackAsync(web.Port);

        var cert = report.Only("HostCertificatesValid");
        cert.Outcome.ShouldBe(Outcome.Fail);
        cert.Detail.ShouldContain("expired");
    }

    [Fact]
    public async Task An_ssh_banner_in_the_regresshion_range_fails_and_a_distribution_build_is_inconclusive()
    {
        await using var upstream = ScriptedTcpServer.Banner("SSH-2.0-OpenSSH_9.6p1\r\n");
        await using var debian = ScriptedTcpServer.Banner("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");

        var report = await HostRun.OfLoopbackAsync(upstream.Port, debian.Port);

        report.ServiceOn(upstream.Port).ShouldBe("ssh");
        var findings = report.Findings.Where(f => f.CheckId == "ServerVersionsCurrent").ToList();
        findings.ShouldContain(f => f.Outcome == Outcome.Fail && f.Location.Record == $"127.0.0.1:{upstream.Port}" && f.Detail.Contains("CVE-2024-6387"));
        findings.ShouldContain(f => f.Outcome == Outcome.Inconclusive && f.Location.Record == $"127.0.0.1:{debian.Port}" && f.Detail.Contains("Debian"));
    }

    [Fact]
    public async Task An_ftp_greeting_on_any_port_is_a_plaintext_protocol()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");

        var report = await HostRun.OfLoopbackAsync(ftp.Port);

        report.ServiceOn(ftp.Port).ShouldBe("ftp");
        var plaintext = report.Only("PlaintextProtocolsClosed");
        plaintext.Outcome.ShouldBe(Outcome.Fail);
        plaintext.Detail.ShouldContain("ftp (vsFTPd 3.0.3)");
        report.Only("ServerVersionsCurrent").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task A_mongodb_hello_reply_names_mongodb_and_leaves_authentication_inconclusive()
    {
        await using var mongo = ScriptedTcpServer.Answering(MongoReply());

        var report = await HostRun.OfLoopbackAsync(mongo.Port);

        report.ServiceOn(mongo.Port).ShouldBe("mongodb");
        report.Only("DatastoresRequireAuthentication").Outcome.ShouldBe(Outcome.Inconclusive);
        report.Only("DatastoresNotExposed").Outcome.ShouldBe(Outcome.Fail);
    }

    [Fact]
    public async Task Silent_and_trickling_ports_end_within_the_probe_limit_as_unidentified_open_ports()
    {
        await using var silent = ScriptedTcpServer.Silent();
        await using var trickle = ScriptedTcpServer.Trickling(TimeSpan.FromMilliseconds(100));

        var report = await HostRun.OfLoopbackAsync(silent.Port, trickle.Port);

        report.ServiceOn(silent.Port).ShouldBe("unknown?");
        report.ServiceOn(trickle.Port).ShouldBe("unknown?");
        report.Metrics["host"]!["open"]!.GetValue<int>().ShouldBe(2);
        report.Findings.ShouldNotContain(f => f.Outcome == Outcome.Fail);
    }

    [Fact]
    public async Task A_closed_port_is_counted_closed_and_nothing_is_exposed()
    {
        var port = LoopbackPort.Free();

        var report = await HostRun.OfLoopbackAsync(port);

        report.Metrics["host"]!["closed"]!.GetValue<int>().ShouldBe(1);
        report.Only("RemoteDesktopNotExposed").Outcome.ShouldBe(Outcome.Pass);
        report.Only("DatastoresRequireAuthentication").Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public async Task Started_with_the_public_only_guard_a_loopback_target_is_refused_and_nothing_is_contacted()
    {
        await using var server = ScriptedTcpServer.Banner("SSH-2.0-OpenSSH_9.9\r\n");

        var result = await HostCheck.RunAsync(["127.0.0.1"], HostRun.Settings([server.Port], TargetGuard.PublicOnly), CancellationToken.None);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("loopback");
        server.Connections.ShouldBe(0);
    }

    [Fact]
    public void The_smb_and_rdp_probes_read_the_answers_their_specifications_describe()
    {
        // [MS-SMB2] 2.2.4: NetBIOS length, SMB2 header, then StructureSize 65, SecurityMode (signing required), dialect 0x0311.
        var smb = new byte[4 + 64 + 8];
        smb[3] = 64 + 8;
        smb[4] = 0xFE;
        "SMB"u8.CopyTo(smb.AsSpan(5));
        smb[68] = 65;
        smb[70] = 0x03;
        smb[72] = 0x11;
        smb[73] = 0x03;
        var read = SmbProbe.Read(smb).ShouldNotBeNull();
        read.Version.ShouldBe("3.1.1");
        read.Evidence.ShouldContain("signing required");

        // [MS-RDPBCGR] 2.2.1.2: TPKT, X.224 Connection Confirm, RDP_NEG_RSP selecting CredSSP.
        byte[] rdp = [0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, 0x02, 0x00, 0x08, 0x00, 0x02, 0x00, 0x00, 0x00];
        RdpProbe.Read(rdp).ShouldNotBeNull().Evidence.ShouldContain("server picked: CredSSP (Network Level Authentication)");
        SmbProbe.Request().Length.ShouldBe(4 + 64 + 36 + 8);
    }

    public void Dispose() => _ca.Dispose();

    /// <summary>An OP_MSG reply as a MongoDB server sends it to hello: {isWritablePrimary: true, maxWireVersion: 21, ok: 1.0}.</summary>
    private static byte[] MongoReply()
    {
        var doc = new List<byte>();
        doc.Add(0x08);
        doc.AddRange(Encoding.ASCII.GetBytes("isWritablePrimary\0"));
        doc.Add(1);
        doc.Add(0x10);
        doc.AddRange(Encoding.ASCII.GetBytes("maxWireVersion\0"));
        doc.AddRange(BitConverter.GetBytes(21));
        doc.Add(0x01);
        doc.AddRange(Encoding.ASCII.GetBytes("ok\0"));
        doc.AddRange(BitConverter.GetBytes(1.0));
        doc.Add(0);
        var bson = BitConverter.GetBytes(doc.Count + 4).Concat(doc).ToArray();
        var body = BitConverter.GetBytes(0).Append((byte)0).Concat(bson).ToArray();
        return [.. BitConverter.GetBytes(16 + body.Length), .. BitConverter.GetBytes(7), .. BitConverter.GetBytes(1), .. BitConverter.GetBytes(2013), .. body];
    }
}
