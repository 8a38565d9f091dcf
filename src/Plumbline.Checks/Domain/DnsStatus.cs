namespace Plumbline.Checks.Domain;

/// <summary>How a DNS question was answered.</summary>
public enum DnsStatus
{
    /// <summary>Records of the asked type came back.</summary>
    Found,

    /// <summary>The name exists but has no records of that type (NODATA).</summary>
    NoRecords,

    /// <summary>The name does not exist (NXDOMAIN).</summary>
    NameNotFound,

    /// <summary>The server failed, refused or did not answer; nothing can be concluded.</summary>
    Failed,
}
