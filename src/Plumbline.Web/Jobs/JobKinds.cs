namespace Plumbline.Web.Jobs;

/// <summary>What a background job runs; stored as text in <see cref="Data.AuditJob.Kind"/>.</summary>
internal static class JobKinds
{
    public const string Audit = "audit";
    public const string Domain = "domain";
    public const string Site = "site";
    public const string Host = "host";

    public static IReadOnlyList<string> All { get; } = [Audit, Domain, Site, Host];

    /// <summary>How the page names a kind.</summary>
    public static string Label(string kind) => kind switch
    {
        Audit => "Repository audit",
        Domain => "Domain check",
        Site => "Site check",
        Host => "Host check",
        _ => kind,
    };
}
