namespace Plumbline.Checks.Repo;

/// <summary>The little of git history the repo stage needs: how recent and how active.</summary>
/// <param name="Head">The audited commit id.</param>
/// <param name="LastCommitAt">When the audited commit was made (committer date).</param>
/// <param name="CommitsLast90Days">Commits reachable from it made in the 90 days before the audit.</param>
/// <param name="AuthorsLast90Days">Distinct author e-mails among those commits.</param>
/// <param name="CommitsWalked">Commits walked (capped by <see cref="RepoCollector.MaxCommitsWalked"/>).</param>
public sealed record RepoHistory(string Head, DateTimeOffset LastCommitAt, int CommitsLast90Days, int AuthorsLast90Days, int CommitsWalked);
