using Plumbline.Checks.Iac;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Iac;

/// <summary>Cases from the anchor tools' own per-check tests (Checkov at 03d5fdad, hadolint at 8f936c5e), restated as
/// small fixtures of our own. Most agree; the ones that do not are asserted as they are, with why, and listed in
/// docs/accuracy.md.</summary>
public sealed class AnchorCasesTests
{
    private static bool Fails(string ruleId, string text)
    {
        var check = IacChecks.All.Single(c => c.Rule.Id == ruleId);
        return check.Run(IacRuleExamplesTests.Snapshot(check.Rule.Files, text)).Any(f => f.Outcome == Outcome.Fail);
    }

    // hadolint DL3002 (test/Hadolint/Rule/DL3002Spec.hs)
    [Theory]
    [InlineData("FROM scratch\nUSER root", true)]                                   // last user should not be root
    [InlineData("FROM scratch\nUSER foo", false)]                                   // no root
    [InlineData("FROM scratch\nUSER 0", true)]                                      // root UID
    [InlineData("FROM scratch\nUSER root:root", true)]                              // root:root
    [InlineData("FROM scratch\nUSER 0:0", true)]                                    // UID:GID
    [InlineData("FROM scratch\nUSER root\nRUN something\nUSER foo", false)]          // can switch back to non-root
    [InlineData("FROM a\nUSER foo\nFROM b\nUSER root", true)]                        // root in the final stage
    [InlineData("FROM a\nUSER root\nFROM b\nUSER foo", false)]                       // switching in multiple stages
    public void Hadolint_DL3002_cases_agree(string dockerfile, bool hadolintFails) =>
        Fails("DockerfileRunsAsNonRoot", dockerfile).ShouldBe(hadolintFails);

    [Fact]
    public void A_dockerfile_with_no_user_at_all_fails_like_checkov_CKV_DOCKER_3_though_hadolint_DL3002_passes_it() =>
        Fails("DockerfileRunsAsNonRoot", "FROM debian:12\nRUN make\n").ShouldBeTrue();

    // hadolint DL3006 and DL3007
    [Theory]
    [InlineData("FROM debian", true)]
    [InlineData("FROM debian AS builder", true)]
    [InlineData("FROM ruby@sha256:f1dbca0f5dbc9", false)]
    [InlineData("FROM ruby:2", false)]
    [InlineData("FROM ${VALUE}", false)]
    [InlineData("FROM scratch", false)]
    [InlineData("FROM debian:latest", true)]
    [InlineData("FROM debian:latest AS builder", true)]
    [InlineData("FROM debian:jessie AS builder", false)]
    [InlineData("FROM node:20 AS build\nFROM build", false)]                        // local aliases are fine untagged
    public void Hadolint_DL3006_and_DL3007_cases_agree(string dockerfile, bool hadolintFails) =>
        Fails("DockerfileBaseImagePinned", dockerfile).ShouldBe(hadolintFails);

    // Checkov CKV_AWS_24 (tests/terraform/checks/resource/aws/example_SecurityGroupUnrestrictedIngress22)
    [Theory]
    [InlineData("resource \"aws_security_group\" \"fail\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"192.168.0.0/16\", \"0.0.0.0/0\"]\n  }\n  egress {\n    from_port = 0\n    to_port = 0\n    protocol = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}", true)]
    [InlineData("resource \"aws_security_group\" \"fail2\" {\n  ingress {\n    from_port = 0\n    to_port = 0\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}", true)]
    [InlineData("resource \"aws_security_group\" \"fail-ipv6\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    ipv6_cidr_blocks = [\"::/0\"]\n  }\n}", true)]
    [InlineData("resource \"aws_security_group_rule\" \"fail\" {\n  type = \"ingress\"\n  from_port = 22\n  to_port = 22\n  protocol = \"tcp\"\n  cidr_blocks = [\"0.0.0.0/0\"]\n}", true)]
    [InlineData("resource \"aws_vpc_security_group_ingress_rule\" \"fail\" {\n  cidr_ipv4 = \"0.0.0.0/0\"\n  from_port = 22\n  ip_protocol = \"tcp\"\n  to_port = 22\n}", true)]
    [InlineData("resource \"aws_security_group\" \"pass\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"192.168.0.0/16\"]\n  }\n}", false)]
    [InlineData("resource \"aws_security_group\" \"pass2\" {\n  ingress {\n    from_port = 443\n    to_port = 443\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}", false)]
    public void Checkov_CKV_AWS_24_cases_agree(string terraform, bool checkovFails) =>
        Fails("TerraformAwsAdminPortsClosed", terraform).ShouldBe(checkovFails);

    [Fact]
    public void Ingress_written_as_a_list_attribute_is_missed_where_checkov_fails_it()
    {
        // Checkov's fail4: "ingress = [ { ... from_port = 0, to_port = 65535 ... } ]". Our scopes find ingress blocks
        // ("ingress {"), not list attributes; a known gap, listed in docs/accuracy.md.
        const string fail4 = "resource \"aws_security_group\" \"fail4\" {\n  ingress = [\n    {\n      cidr_blocks = [\"0.0.0.0/0\"]\n      from_port = 0\n      to_port = 65535\n      protocol = \"-1\"\n    }\n  ]\n}";
        Fails("TerraformAwsAdminPortsClosed", fail4).ShouldBeFalse();
    }

    // Checkov CKV_AWS_16 (example_RDSEncryption) and CKV_AWS_133 (example_DBInstanceBackupRetentionPeriod)
    [Theory]
    [InlineData("resource \"aws_db_instance\" \"enabled\" {\n  storage_encrypted = true\n}", false)]
    [InlineData("resource \"aws_db_instance\" \"disabled\" {\n  storage_encrypted = false\n}", true)]
    [InlineData("resource \"aws_db_instance\" \"default\" {\n  engine = \"mysql\"\n}", true)]
    public void Checkov_CKV_AWS_16_cases_agree(string terraform, bool checkovFails) =>
        Fails("TerraformDisksEncrypted", terraform).ShouldBe(checkovFails);

    [Theory]
    [InlineData("resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n}", false)]               // unset: AWS defaults to 1 day
    [InlineData("resource \"aws_db_instance\" \"db\" {\n  backup_retention_period = 0\n}", true)]
    [InlineData("resource \"aws_db_instance\" \"db\" {\n  backup_retention_period = 7\n}", false)]
    public void Checkov_CKV_AWS_133_cases_agree(string terraform, bool checkovFails) =>
        Fails("TerraformDatabaseBackupsOn", terraform).ShouldBe(checkovFails);
}
