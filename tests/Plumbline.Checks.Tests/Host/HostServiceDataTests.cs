using Plumbline.Checks.Host;

namespace Plumbline.Checks.Tests.Host;

public sealed class HostServiceDataTests
{
    [Fact]
    public void Every_exposure_names_a_host_check_and_every_port_is_listed_once()
    {
        var data = HostServiceData.BuiltIn;
        var checks = HostChecks.All.Select(c => c.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

        data.Exposures.Where(e => e.CheckId.Length > 0).ShouldAllBe(e => checks.Contains(e.CheckId));
        data.Services.Select(s => s.Port).ShouldBeUnique();
        data.Services.Where(s => s.Exposure != "none").ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_risky_exposure_cites_a_reference()
    {
        HostServiceData.BuiltIn.Exposures.Where(e => e.Id != "none").ShouldAllBe(e => e.References.Count > 0 && e.References.All(r => r.StartsWith("https://", StringComparison.Ordinal)));
        HostServiceData.BuiltIn.Versions.ShouldAllBe(v => v.Reference.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_with_an_unknown_probe_is_an_error_with_its_line()
    {
        var result = HostServiceData.Read("""
            exposures:
              - { id: none, check: "", severity: info, says: "open", references: [] }
            services:
              - { port: 22, name: ssh, probe: knock, exposure: none }
            versions: []
            """, "services.yml");

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("unknown probe 'knock'");
    }

    [Theory]
    [InlineData("OpenSSH", "9.7p1", true)]
    [InlineData("OpenSSH", "8.5p1", true)]
    [InlineData("OpenSSH", "9.8p1", false)]
    [InlineData("OpenSSH", "8.4p1", false)]
    [InlineData("Apache", "2.4.49", true)]
    [InlineData("Apache", "2.4.51", false)]
    [InlineData("vsFTPd", "2.3.4", true)]
    [InlineData("vsFTPd", "3.0.3", false)]
    public void Dangerous_versions_are_matched_by_range(string product, string version, bool affected) =>
        HostServiceData.BuiltIn.Versions.Any(v => v.Affects(product, ServerVersion.Parse(version)!)).ShouldBe(affected);
}
