using System.Buffers;

namespace Plumbline.Checks.Repo;

/// <summary>Words that some checks look for across many files. The collector looks for all of them in one pass
/// while it has each file's text in hand, so those checks open only the files that mention one.</summary>
/// <remarks>A probe is only a filter: it matches without regard to case, and a word not listed here (or a file of an
/// extension not probed) is reported as possibly present, so a check that then reads the text is always right.</remarks>
public static class ContentProbe
{
    /// <summary>How code reads an environment variable, one word per idiom (the start of each pattern HasEnvExample matches).</summary>
    public static readonly string[] EnvReads = ["process.env", "os.environ", "getenv(", "GetEnvironmentVariable(", "ENV.fetch(", "ENV[", "env::var(", "meta.env"];

    public const string Catch = "catch";
    public const string RustTest = "#[test]";
    public const string Unittest = "import unittest";
    public const string LoggingImport = "import logging";
    public const string LoggingFrom = "from logging";
    public const string DotNetLogger = "ILogger";
    public const string GoSlog = "\"log/slog\"";
    public const string JavaLogging = "java.util.logging";
    public const string CloudFormation = "AWSTemplateFormatVersion";
    public const string KubernetesKind = "kind: Deployment";
    public const string PrivateKey = "PRIVATE KEY-----";
    public const string ServiceAccountKey = "\"private_key\"";

    private static readonly string[] Words =
    [
        .. EnvReads, Catch, RustTest, Unittest, LoggingImport, LoggingFrom, DotNetLogger, GoSlog, JavaLogging, CloudFormation, KubernetesKind,
        PrivateKey, ServiceAccountKey,
    ];

    private static readonly ulong All = (1UL << Words.Length) - 1;

    private static readonly SearchValues<string> Search = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);

    // The extensions whose files the checks above scan: source code, and the YAML and JSON that deploy or hold keys.
    private static readonly HashSet<string> Probed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py", ".cs", ".java", ".kt", ".go", ".rb", ".rs", ".php", ".vue", ".svelte",
        ".yml", ".yaml", ".json", ".pem", ".key",
    };

    /// <summary>The probe's bit for each word found in <paramref name="text"/>, or null when files with this extension are not probed.</summary>
    public static ulong? Scan(string extension, ReadOnlySpan<char> text)
    {
        if (!Probed.Contains(extension))
        {
            return null;
        }

        var found = 0UL;
        var rest = text;
        int at;
        while (found != All && (at = rest.IndexOfAny(Search)) >= 0)
        {
            rest = rest[at..];
            for (var i = 0; i < Words.Length; i++)
            {
                if (rest.StartsWith(Words[i], StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1UL << i;
                }
            }

            rest = rest[1..];
        }

        return found;
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
