using Plumbline.Core.Input;

namespace Plumbline.Checks.Secrets;

/// <summary>The ignore file: one secret fingerprint (64 hex characters) per line, <c>#</c> starts a comment.</summary>
/// <param name="Source">The file's path relative to the target, for findings.</param>
/// <param name="Entries">Fingerprint and the line it is on.</param>
public sealed record SecretIgnoreFile(string Source, IReadOnlyList<(string Fingerprint, int Line)> Entries)
{
    /// <summary>The default name, at the top of the target.</summary>
    public const string DefaultName = ".plumbline-secrets-ignore";

    /// <summary>No ignores.</summary>
    public static SecretIgnoreFile None { get; } = new(DefaultName, []);

    /// <summary>Parses the file; malformed lines are errors naming the line.</summary>
    public static ParseResult<SecretIgnoreFile> Parse(string text, string source)
    {
        var entries = new List<(string, int)>();
        var errors = new List<InputError>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length == 64 && line.All(char.IsAsciiHexDigit))
            {
                entries.Add((line.ToLowerInvariant(), lineNo));
            }
            else
            {
                errors.Add(new InputError(source, "expected a secret fingerprint (64 hex characters, as shown in the report), optionally followed by '# why'", lineNo));
            }
        }

        return errors.Count == 0 ? ParseResult<SecretIgnoreFile>.Ok(new SecretIgnoreFile(source, entries)) : ParseResult<SecretIgnoreFile>.Fail(errors);
    }
}
