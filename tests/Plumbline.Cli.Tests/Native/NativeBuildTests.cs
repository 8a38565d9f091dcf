using Microsoft.AspNetCore.Http;
using Plumbline.Cli.Tests.VulnDb;
using Plumbline.Testing.Dns;
using Plumbline.Testing.Net;
using Plumbline.Testing.Reports;
using Plumbline.Testing.Web;

namespace Plumbline.Cli.Tests.Native;

/// <summary>The native build does what the web build does: each command runs in both, as processes on the same input,
/// and what they print and write must be the same (apart from the moment and the output folder).</summary>
public sealed class NativeBuildTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-native-");

    public void Dispose() => _temp.Delete(recursive: true);

    [NativeFact]
    public async Task Help_and_version_read_the_same()
    {
        foreach (var args in new[] { ["--version"], ["--help"], ["audit", "--help"], ["check", "site", "--help"], new[] { "serve", "--help" } })
        {
            var (native, web) = await Both(args);
            native.ShouldBe(web, string.Join(' ', args));
        }
    }

    [NativeFact]
    public async Task A_plan_prints_and_writes_the_same_reports()
    {
        var (native, web) = await Both(["plan", RepoRoot.File("examples/register.yml"), "--format", "terminal,json,md,csv,sarif,html", "--out", "{out}"]);

        native.ShouldBe(web);
        native.Out.ShouldContain("Fix first:");
        SameFiles(5);
    }

    [NativeFact]
    public async Task An_audit_of_this_repository_is_the_same_in_every_stage()
    {
        var (native, web) = await Both(["audit", RepoRoot.Path, "--format", "terminal,json,sarif", "--out", "{out}"]);

        native.ShouldBe(web);
        native.Out.ShouldContain("Languages");
        SameFiles(2);
        var json = File.ReadAllText(Directory.GetFiles(Out("native"), "*.json").Single());
        json.ShouldContain("\"source\": \"GitIndex\"");
        json.ShouldContain("\"truckFactor\""); // the history stage
        json.ShouldContain("\"secrets\"");
    }

    [NativeFact]
    public async Task An_audit_of_a_commit_reads_the_same_tree_from_the_object_database()
    {
        var (native, web) = await Both(["audit", RepoRoot.Path, "--rev", "HEAD", "--only", "repo", "--format", "json", "--out", "{out}"]);

        native.ShouldBe(web);
        SameFiles(1);
        File.ReadAllText(Directory.GetFiles(Out("native"), "*.json").Single()).ShouldContain("\"source\": \"GitCommit\"");
    }

    [NativeFact]
    public async Task Advisories_imported_by_each_build_flag_the_same_dependency()
    {
        var zip = Path.Combine(_temp.FullName, "npm-all.zip");
        await File.WriteAllBytesAsync(zip, OsvZip.Of("npm", ("GHSA-nat0-0000-0001", "lodash", "4.17.21")));
        var app = Directory.CreateDirectory(Path.Combine(_temp.FullName, "app")).FullName;
        await File.WriteAllTextAsync(Path.Combine(app, "package.json"), """{ "name": "app", "dependencies": { "lodash": "4.17.20" } }""");
        await File.WriteAllTextAsync(Path.Combine(app, "package-lock.json"), """
            { "name": "app", "lockfileVersion": 3, "packages": {
                "": { "name": "app", "dependencies": { "lodash": "4.17.20" } },
                "node_modules/lodash": { "version": "4.17.20" } } }
            """);

        var (nativeImport, webImport) = await Both(["vulndb", "import", zip, "--data", "{out}"]);
        nativeImport.ShouldBe(webImport);
        var (native, web) = await Both(["audit", app, "--only", "vulnerabilities", "--format", "json", "--out", "{out}/report"], data: true);

        native.ShouldBe(web);
        SameFiles(1, "report");
        File.ReadAllText(Directory.GetFiles(Path.Combine(Out("native"), "report"), "*.json").Single()).ShouldContain("GHSA-nat0-0000-0001");
    }

    [NativeFact]
    public async Task An_assessment_from_answers_is_the_same()
    {
        var answers = Path.Combine(_temp.FullName, "sec.yml");
        await File.WriteAllTextAsync(answers, "template: security-basics\nanswers:\n  mfa-everyone: no\n  mfa-admins: no\n  mfa-email: no\n  shared-admin: yes\n  ransomware-only-copy: yes\n");

        var (native, web) = await Both(["assess", "security-basics", "--answers", answers, "--format", "terminal,json", "--out", "{out}"]);

        native.ShouldBe(web);
        native.Exit.ShouldBe(0, native.Err);
        SameFiles(1);
    }

    [NativeFact]
    public async Task A_site_check_over_tls_grades_the_same()
    {
        var ca = new TestCertificates(TimeProvider.System.GetUtcNow());
        await using var site = await TestWebServer.StartHttpsAsync(ca.Leaf(["localhost"]), ctx =>
        {
            ctx.Response.Headers["Strict-Transport-Security"] = "max-age=31536000";
            return ctx.Response.WriteAsync("hello");
        });
        var pem = ca.WriteAuthorityPem(_temp.FullName);

        var (native, web) = await Both(["check", "site", site.Url().ToString(), "--ca-file", pem]);

        native.ShouldBe(web);
        native.Out.ShouldContain("Site score:");
        native.Out.ShouldContain("TLS versions");
    }

    [NativeFact]
    public async Task A_domain_check_through_a_dns_server_is_the_same()
    {
        if (NsdServer.SkipReason is { } skip)
        {
            Assert.Fail($"the native build's domain check needs NSD: {skip}");
        }

        await using var dns = await NsdServer.StartAsync(new Dictionary<string, string>
        {
            ["shop.test"] = "$ORIGIN shop.test.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n@ IN MX 10 mail\n@ IN TXT \"v=spf1 mx ~all\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n",
        });

        var (native, web) = await Both(["check", "domain", "shop.test", "--dns-server", dns.Address]);

        native.ShouldBe(web);
        native.Out.ShouldContain("v=spf1 mx ~all");
    }

    [NativeFact]
    public async Task Bad_input_is_the_same_one_line_and_exit_code()
    {
        var (native, web) = await Both(["audit", Path.Combine(_temp.FullName, "missing")]);

        native.ShouldBe(web);
        native.Exit.ShouldBe(2);
    }

    [NativeFact]
    public async Task Serve_runs_the_web_workspace_from_the_web_build()
    {
        var port = LoopbackPort.Free();
        var start = new System.Diagnostics.ProcessStartInfo(NativeBuild.Native) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--data", _temp.FullName })
        {
            start.ArgumentList.Add(arg);
        }

        using var serve = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
            HttpResponseMessage? answer = null;
            for (var attempt = 0; attempt < 120 && answer is null && !serve.HasExited; attempt++)
            {
                try
                {
                    answer = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            answer.ShouldNotBeNull($"the workspace did not answer; exited: {serve.HasExited}");
            ((int)answer.StatusCode).ShouldBeInRange(200, 399);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    // Runs the arguments in both builds; "{out}" stands for each build's own output folder.
    private async Task<(ProcessRun Native, ProcessRun Web)> Both(string[] args, bool data = false)
    {
        var native = await Run(NativeBuild.Native, "native", args, data);
        var web = await Run(NativeBuild.Web, "web", args, data);
        return (native, web);
    }

    private async Task<ProcessRun> Run(string program, string name, string[] args, bool data)
    {
        var folder = Out(name);
        Directory.CreateDirectory(folder);
        var environment = data ? new Dictionary<string, string> { ["PLUMB_DATA"] = folder } : null;
        var run = await NativeBuild.RunAsync(program, environment, [.. args.Select(a => a.Replace("{out}", folder, StringComparison.Ordinal))]);
        return new ProcessRun(run.Exit, NativeBuild.Normalise(run.Out, folder), NativeBuild.Normalise(run.Err, folder));
    }

    private string Out(string name) => Path.Combine(_temp.FullName, name);

    private void SameFiles(int count, string under = "")
    {
        var native = Directory.GetFiles(Path.Combine(Out("native"), under)).Order(StringComparer.Ordinal).ToList();
        var web = Directory.GetFiles(Path.Combine(Out("web"), under)).Order(StringComparer.Ordinal).ToList();
        native.Count.ShouldBe(count);
        native.Select(Path.GetFileName).ShouldBe(web.Select(Path.GetFileName));
        foreach (var (n, w) in native.Zip(web))
        {
            NativeBuild.Normalise(File.ReadAllText(n), Out("native")).ShouldBe(NativeBuild.Normalise(File.ReadAllText(w), Out("web")), Path.GetFileName(n));
        }
    }
}
