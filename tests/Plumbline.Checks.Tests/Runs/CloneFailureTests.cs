using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>A failed clone names git's own reason, not its closing advice. The texts are the standard error git 2.39
/// writes for each case.</summary>
public sealed class CloneFailureTests
{
    [Theory]
    [InlineData(
        "Cloning into '/tmp/x/repo'...\nssh: Could not resolve hostname github.com: Temporary failure in name resolution\r\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
        "ssh: Could not resolve hostname github.com: Temporary failure in name resolution")]
    [InlineData(
        "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
        "git@github.com: Permission denied (publickey).")]
    [InlineData(
        "remote: Repository not found.\nfatal: repository 'https://github.com/foo/bar.git/' not found\n",
        "remote: Repository not found.")]
    [InlineData(
        "fatal: unable to access 'https://example.invalid/x.git/': Could not resolve host: example.invalid\n",
        "unable to access 'https://example.invalid/x.git/': Could not resolve host: example.invalid")]
    [InlineData("fatal: Could not read from remote repository.\n", "Could not read from remote repository.")]
    [InlineData("", "git clone failed")]
    public void The_cause_git_gives_is_kept_and_its_closing_advice_dropped(string stderr, string expected) =>
        AuditTarget.CloneFailure(stderr).ShouldBe(expected);
}
