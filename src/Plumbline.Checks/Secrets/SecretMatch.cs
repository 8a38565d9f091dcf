namespace Plumbline.Checks.Secrets;

/// <summary>One secret found in one text. It deliberately holds no secret value: only its masked
/// preview and fingerprint, so nothing downstream (findings, logs, exceptions) can leak it.</summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Line">The 1-based line the match starts on.</param>
/// <param name="Preview">At most the first four characters, then <c>****</c>.</param>
/// <param name="SecretFingerprint">SHA-256 of the rule id and the value (see <see cref="SecretText.FingerprintOf"/>).</param>
public sealed record SecretMatch(SecretRule Rule, int Line, string Preview, string SecretFingerprint);
