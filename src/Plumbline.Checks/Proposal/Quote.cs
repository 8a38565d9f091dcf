namespace Plumbline.Checks.Proposal;

/// <summary>A sentence a verdict rests on, and what it showed.</summary>
/// <param name="Sentence">The sentence, with where it stands.</param>
/// <param name="Shows">What it showed: "settles it", "vague", "mentions it", or a red flag's meaning.</param>
public sealed record Quote(ProposalSentence Sentence, string Shows)
{
    /// <summary>"“Backups are taken nightly.” (page 2, paragraph 3)".</summary>
    public override string ToString() => $"\"{Sentence.Text}\" ({Sentence.Where})";
}
