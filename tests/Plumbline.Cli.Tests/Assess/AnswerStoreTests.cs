using Plumbline.Cli.Assess;
using Plumbline.Core.Assessments;

namespace Plumbline.Cli.Tests.Assess;

public sealed class AnswerStoreTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly AssessmentTemplate Security = TemplateLibrary.BuiltIn.Find("security-basics")!;
    private readonly string _dir = Directory.CreateTempSubdirectory("plumb-assess-").FullName;

    private static readonly Dictionary<string, string> Script = new()
    {
        ["mfa-everyone"] = "no",
        ["mfa-admins"] = "no",
        ["mfa-email"] = "yes",
        ["password-manager"] = "yes",
        ["admin-count"] = "2",
        ["shared-admin"] = "yes",
        ["separate-admin"] = "yes",
        ["email-authentication"] = "yes",
        ["domain-owner"] = "business",
        ["backup-copies"] = "[a-second-cloud-service, an-offline-or-immutable-copy]",
        ["restore-ever-tested"] = "no",
        ["vendor-access-documented"] = "no",
        ["offboarding-speed"] = "same-day",
        ["sensitive-data-known"] = "yes",
        ["device-updates"] = "yes",
        ["one-password-takeover"] = "no",
        ["former-contractor-access"] = "no",
        ["ransomware-only-copy"] = "no",
        ["would-anyone-know"] = "yes",
    };

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_session_asks_only_questions_whose_conditions_hold()
    {
        var (store, _) = AnswerStore.Open(Path.Combine(_dir, "a.yml"), Security);
        var prompter = new ScriptedPrompter(Script);
        AssessmentSession.Run(store!, prompter, Today).ShouldBe(19);
        prompter.Asked.ShouldContain("mfa-admins", "MFA is not everywhere, so admins are asked about");
        prompter.Asked.ShouldNotContain("last-restore-test", "no restore was ever tested");
        prompter.Asked.ShouldNotContain("vendor-access-reviewed");
        prompter.Sections.First().ShouldBe("Sign-in");
    }

    [Fact]
    public void An_interrupted_session_keeps_every_answer_given_and_resumes_where_it_stopped()
    {
        var path = Path.Combine(_dir, "nested", "security.answers.yml");
        var (first, _) = AnswerStore.Open(path, Security);
        var interrupted = new ScriptedPrompter(Script, stopAfter: 5);
        Should.Throw<OperationCanceledException>(() => AssessmentSession.Run(first!, interrupted, Today));

        var (resumed, errors) = AnswerStore.Open(path, Security);
        errors.ShouldBeEmpty();
        resumed!.Answers.Values.Keys.ShouldBe(["mfa-everyone", "mfa-admins", "mfa-email", "password-manager", "admin-count"], ignoreOrder: true);

        var second = new ScriptedPrompter(Script);
        AssessmentSession.Run(resumed, second, Today).ShouldBe(14);
        second.Asked.ShouldNotContain("mfa-everyone");
        second.Asked.First().ShouldBe("shared-admin");
        AnswerStore.Open(path, Security).Store!.Answers.Values.Count.ShouldBe(19);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path], "no temporary file is left behind");
    }

    [Fact]
    public void A_rerun_of_a_finished_session_asks_nothing()
    {
        var path = Path.Combine(_dir, "done.yml");
        AssessmentSession.Run(AnswerStore.Open(path, Security).Store!, new ScriptedPrompter(Script), Today);
        var again = new ScriptedPrompter(new Dictionary<string, string>());
        AssessmentSession.Run(AnswerStore.Open(path, Security).Store!, again, Today).ShouldBe(0);
        again.Asked.ShouldBeEmpty();
    }

    [Fact]
    public void The_saved_file_is_readable_yaml_with_each_question_as_a_comment()
    {
        var path = Path.Combine(_dir, "s.yml");
        var (store, _) = AnswerStore.Open(path, Security);
        store!.Set("admin-count", Answer.Of(3));
        var text = File.ReadAllText(path);
        text.ShouldContain("template: security-basics");
        text.ShouldContain("  # How many people have admin rights on email or the main business systems?\n  admin-count: 3\n");
    }

    [Fact]
    public void A_broken_save_file_is_reported_with_its_line_instead_of_being_overwritten()
    {
        var path = Path.Combine(_dir, "broken.yml");
        File.WriteAllText(path, "template: security-basics\nanswers:\n  mfa-everyone: perhaps\n");
        var (store, errors) = AnswerStore.Open(path, Security);
        store.ShouldBeNull();
        errors.ShouldHaveSingleItem().ToString()!.ShouldStartWith($"{path}:3:17: 'perhaps' is not an answer to 'mfa-everyone'");
        File.ReadAllText(path).ShouldContain("perhaps");
    }
}
