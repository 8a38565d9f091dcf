namespace Plumbline.Checks.Proposal;

/// <summary>What a proposal says about one topic.</summary>
public enum Verdict
{
    /// <summary>A sentence settles it, with the specifics the topic asks for.</summary>
    Addressed,

    /// <summary>It is talked about, but nothing settles it ("regular backups", "support as needed").</summary>
    Vague,

    /// <summary>Not a word about it.</summary>
    Missing,

    /// <summary>A sentence puts the buyer at risk (the vendor keeps the code, termination fees, TBD prices).</summary>
    RedFlag,
}

/// <summary>The words people read for a verdict.</summary>
public static class VerdictNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Addressed => "Addressed",
        Verdict.Vague => "Vague",
        Verdict.Missing => "Missing",
        _ => "Red flag",
    };

    /// <summary>Parses "addressed", "vague", "missing" or "red-flag" as written in rules and corpus files.</summary>
    public static Verdict? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "addressed" => Verdict.Addressed,
        "vague" => Verdict.Vague,
        "missing" => Verdict.Missing,
        "red-flag" or "red flag" or "redflag" => Verdict.RedFlag,
        _ => null,
    };
}
