namespace Plumbline.Checks.Repo;

/// <summary>Words that some checks look for across many files. The collector looks for them while it has each file's
/// text in hand, so those checks open only the files that have one.</summary>
/// <remarks>A probe is only a filter. Words match exactly, as the checks match them. A word that is not listed here, or
/// not looked for in files of that extension, is reported as possibly present, so a check that then reads the text is
/// always right.</remarks>
public static class ContentProbe
{
    public const string Catch = "catch";
    public const string RustTest = "#[test]";
    public const string Unittest = "import unittest";
    public const string LoggingImport = "import logging";
    public const string LoggingFrom = "from logging";
    public const string DotNetLogger = "ILogger";
    public const string GoSlog = "\"log/slog\"";
    public const string GoLog = "\"log\"";
    public const string JavaLogging = "java.util.logging";
    public const string CloudFormation = "AWSTemplateFormatVersion";
    public const string KubernetesKind = "kind: Deployment";
    public const string PrivateKey = "PRIVATE KEY-----";
    public const string ServiceAccountKey = "\"private_key\"";

    /// <summary>How code reads an environment variable: the start of each pattern HasEnvExample matches.</summary>
    public static readonly string[] EnvReads =
        ["process.env", "os.environ", "getenv(", "Getenv(", "GetEnvironmentVariable(", "ENV.fetch(", "ENV[", "env::var(", "meta.env"];

    // A word's bit in a scan is its index here.
    private static readonly string[] Words =
    [
        .. EnvReads, Catch, RustTest, Unittest, LoggingImport, LoggingFrom, DotNetLogger, GoSlog, GoLog, JavaLogging, CloudFormation, KubernetesKind,
        PrivateKey, ServiceAccountKey,
    ];

    // Which words the checks look for in files of each extension. A few plain searches per file cost less than building
    // one multi-word searcher, which takes longer to set up than the searches it saves on a typical repository.
    private static readonly Dictionary<string, int[]> ByExtension = WordsByExtension();

    private static Dictionary<string, int[]> WordsByExtension()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] extensions, params string[] words)
        {
            foreach (var extension in extensions)
            {
                var list = map.TryGetValue(extension, out var l) ? l : map[extension] = [];
                list.AddRange(words.Select(w => Array.IndexOf(Words, w)));
            }
        }

        Add(Docs.HasEnvExample.CodeExtensions, EnvReads);
        Add(Logging.NoEmptyCatchBlocks.Extensions, Catch);
        Add([".cs"], DotNetLogger);
        Add([".py"], LoggingImport, LoggingFrom, Unittest);
        Add([".go"], GoSlog, GoLog);
        Add([".java", ".kt"], JavaLogging);
        Add([".rs"], RustTest);
        Add([".yml", ".yaml", ".json"], CloudFormation);
        Add([".yml", ".yaml"], KubernetesKind);
        Add([".pem", ".key"], PrivateKey);
        Add([".json"], ServiceAccountKey);
        return map.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>One bit per word: clear when the word was looked for and is absent; null when files with this extension are not probed.</summary>
    public static ulong? Scan(string extension, ReadOnlySpan<char> text)
    {
        if (!ByExtension.TryGetValue(extension, out var indexes))
        {
            return null;
        }

        // Words not looked for keep their bits set: they may be there.
        var bits = ulong.MaxValue;
        foreach (var i in indexes)
        {
            if (!text.Contains(Words[i], StringComparison.Ordinal))
            {
                bits &= ~(1UL << i);
            }
        }

        return bits;
    }

    /// <summary>False only when the scan proves every one of <paramref name="words"/> absent.</summary>
    public static bool MayContainAny(ulong? scan, IEnumerable<string> words) => words.Any(w => MayContain(scan, w));

    /// <summary>False only when the scan proves <paramref name="word"/> absent; true when it may be present.</summary>
    public static bool MayContain(ulong? scan, string word)
    {
        var index = Array.IndexOf(Words, word);
        return scan is not { } bits || index < 0 || (bits & (1UL << index)) != 0;
    }
}
