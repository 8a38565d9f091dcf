using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Has the repository seen a commit recently?</summary>
public sealed class RecentlyActive : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("RecentlyActive", "Has the repository had a commit recently?", "repo", "revive-or-archive-repository");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (snapshot.History is not { } history)
        {
            yield return snapshot.IsRepositoryWithoutCommits
                ? RepoFindings.Inconclusive(Descriptor, "The repository has no commits yet, so its activity cannot be judged.")
                : RepoFindings.NotApplicable(Descriptor, "Not a git repository, so there is no commit history.");
            yield break;
        }

        var days = (int)Math.Floor((snapshot.Now - history.LastCommitAt).TotalDays);
        var when = history.LastCommitAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var activity = $"{history.CommitsLast90Days} commits by {history.AuthorsLast90Days} authors in the last 90 days";
        if (days <= snapshot.Settings.StaleAfterDays)
        {
            yield return RepoFindings.Pass(Descriptor, $"The repository is active: last commit {when} ({Math.Max(days, 0)} days ago), {activity}.");
        }
        else
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                $"The last commit was {days} days ago ({when}): dependencies and know-how go stale when nobody touches the code.",
                evidence: [activity]);
        }
    }
}
