using Plumbline.Checks.Secrets;
using Plumbline.Testing.Reports;

namespace Plumbline.Checks.Tests.Secrets;

public sealed class SecretAccuracyCorpusTests
{
    [Fact]
    public void The_built_in_rules_find_every_true_example_of_the_accuracy_corpus_and_no_decoy()
    {
        var examples = SecretExampleCorpus.Read(File.ReadAllText(RepoRoot.File("bench/secrets/corpus/examples.jsonl")));
        examples.Count.ShouldBeGreaterThan(50);

        var scores = SecretExampleCorpus.Score(new SecretScanner(BuiltInSecretRules.All), examples);

        var wrong = scores.Where(s => s.Missed.Count > 0 || s.Flagged.Count > 0)
            .Select(s => $"{s.Family}: missed lines [{string.Join(", ", s.Missed)}], decoys flagged on lines [{string.Join(", ", s.Flagged)}]");
        wrong.ShouldBeEmpty();
    }
}
