using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Tests.Repo;

public sealed class ContentProbeTests
{
    private static readonly string[] Words =
    [
        .. ContentProbe.EnvReads, ContentProbe.Catch, ContentProbe.RustTest, ContentProbe.Unittest, ContentProbe.LoggingImport,
        ContentProbe.LoggingFrom, ContentProbe.DotNetLogger, ContentProbe.GoSlog, ContentProbe.JavaLogging, ContentProbe.CloudFormation,
        ContentProbe.KubernetesKind, ContentProbe.PrivateKey, ContentProbe.ServiceAccountKey,
    ];

    [Fact]
    public void A_word_the_scan_did_not_find_is_certainly_absent()
    {
        var scan = ContentProbe.Scan(".js", "const os = require('os');\nconsole.log(os.homedir());\n");

        scan.ShouldNotBeNull();
        ContentProbe.MayContain(scan, ContentProbe.Catch).ShouldBeFalse();
        ContentProbe.MayContainAny(scan, ContentProbe.EnvReads).ShouldBeFalse();
    }

    [Fact]
    public void A_word_is_found_at_the_very_start_and_end_and_matches_exactly_as_the_checks_match()
    {
        var scan = ContentProbe.Scan(".js", "catch them all; then read process.env");
        var shouting = ContentProbe.Scan(".js", "CATCH them all");

        ContentProbe.MayContain(scan, ContentProbe.Catch).ShouldBeTrue();
        ContentProbe.MayContain(scan, "process.env").ShouldBeTrue();
        ContentProbe.MayContain(scan, "os.environ").ShouldBeFalse();
        ContentProbe.MayContain(shouting, ContentProbe.Catch).ShouldBeFalse();
    }

    [Fact]
    public void Words_not_looked_for_in_a_kind_of_file_may_be_there()
    {
        // JSON files are probed for keys and CloudFormation, not for catch blocks.
        var scan = ContentProbe.Scan(".json", "{}");

        ContentProbe.MayContain(scan, ContentProbe.ServiceAccountKey).ShouldBeFalse();
        ContentProbe.MayContain(scan, ContentProbe.Catch).ShouldBeTrue();
    }

    [Fact]
    public void Words_not_probed_and_files_not_scanned_may_always_contain_anything()
    {
        var scan = ContentProbe.Scan(".py", "nothing here");

        ContentProbe.MayContain(scan, "some word no check registered").ShouldBeTrue();
        ContentProbe.Scan(".h", "catch").ShouldBeNull();
        ContentProbe.MayContain(null, ContentProbe.Catch).ShouldBeTrue();
    }

    [Fact]
    public void The_scan_never_rules_out_a_word_that_is_there()
    {
        // Random texts with probe words (some in another case) dropped at random places, overlapping and repeated.
        var random = new Random(20261123);
        const string alphabet = "abcdefgENVenv_.([:\"'# \n\t-Ké€";
        for (var run = 0; run < 500; run++)
        {
            var text = new System.Text.StringBuilder();
            var planted = new List<string>();
            for (var piece = random.Next(1, 8); piece > 0; piece--)
            {
                text.Append(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                if (random.Next(2) == 0)
                {
                    var word = Words[random.Next(Words.Length)];
                    planted.Add(word);
                    text.Append(random.Next(3) switch { 0 => word.ToUpperInvariant(), 1 => word.ToLowerInvariant(), _ => word });
                }
            }

            var extension = random.Next(2) == 0 ? ".cs" : ".py";
            var scan = ContentProbe.Scan(extension, text.ToString());
            foreach (var word in Words)
            {
                if (text.ToString().Contains(word, StringComparison.Ordinal))
                {
                    ContentProbe.MayContain(scan, word).ShouldBeTrue($"'{word}' in: {text}");
                }
            }

            planted.Where(w => text.ToString().Contains(w, StringComparison.Ordinal)).ShouldAllBe(w => ContentProbe.MayContain(scan, w));
        }
    }
}
