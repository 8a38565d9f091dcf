using System.Net;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Domain;
using Plumbline.Checks.Host;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;

namespace Plumbline.Web.Jobs;

/// <summary>Checks what a consultant typed before a job is queued, and puts it in the form the job runs with.</summary>
/// <remarks>Only what can be decided without touching the network is checked here; a host name that resolves to a
/// private address is refused when the job runs (and again on every connection, by the guard).</remarks>
internal static class JobTargets
{
    /// <summary>The target to store, or one line saying what is wrong with it.</summary>
    public static (string? Target, string? Error) Normalize(string? kind, string? input, TargetGuard guard)
    {
        var text = input?.Trim() ?? string.Empty;
        switch (kind)
        {
            case JobKinds.Audit:
                return text.Length == 0 ? (null, "Enter the full path of a folder on the server, or a git URL.") : Repository(text, guard);
            case JobKinds.Domain:
                if (text.Length == 0)
                {
                    return (null, "Enter a domain, e.g. example.com.");
                }

                var (domain, domainError) = DomainName.Normalize(text);
                return domain is null ? (null, $"Domain: {domainError}") : (domain, null);
            case JobKinds.Site:
                if (text.Length == 0)
                {
                    return (null, "Enter a site URL, e.g. https://example.com.");
                }

                var (url, urlError) = SiteTarget.Parse(text);
                if (url is null)
                {
                    return (null, $"Site: {urlError}");
                }

                return RefusedLiteral(url.Host, guard) is { } refused ? (null, $"Site: {refused}") : (url.ToString(), null);
            case JobKinds.Host:
                return Hosts(text, guard);
            default:
                return (null, "Choose what to run: a repository audit, a domain check, a site check or a host check.");
        }
    }

    /// <summary>The host of a git URL (https://host/..., ssh://user@host/..., user@host:path), or null.</summary>
    public static string? GitHost(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;
        }

        // scp-like syntax: [user@]host:path
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var colon = url.IndexOf(':', at + 1);
        return colon > at + 1 ? url[(at + 1)..colon] : null;
    }

    private static (string?, string?) Repository(string text, TargetGuard guard)
    {
        if (AuditTarget.LooksLikeUrl(text))
        {
            var lower = text.ToLowerInvariant();
            if (lower.StartsWith("file://", StringComparison.Ordinal) || lower.Contains("::", StringComparison.Ordinal))
            {
                return (null, $"{text}: file:// and ext:: git URLs are refused; give the folder's path or an https/ssh URL.");
            }

            if (text.StartsWith('-') || GitHost(text) is not { } host)
            {
                return (null, $"{text}: not a git URL; use https://host/owner/repo.git or git@host:owner/repo.git.");
            }

            return RefusedLiteral(host, guard) is { } refused ? (null, $"{text}: {refused}") : (text, null);
        }

        // A relative path would depend on the server's working folder, which nobody on the page can see.
        if (!Path.IsPathFullyQualified(text))
        {
            return (null, $"{text}: give the full path of the folder on the server (e.g. /srv/repos/shop), or a git URL.");
        }

        if (File.Exists(text))
        {
            return (null, $"{text}: is a file; give the folder of the repository.");
        }

        return Directory.Exists(text) ? (Path.GetFullPath(text), null) : (null, $"{text}: no such folder on the server; check the path.");
    }

    /// <summary>Host names, IPs and ranges separated by spaces, and optionally <c>ports=22,443,8000-8010</c> (the CLI's
    /// <c>--ports</c>); the cap and the guard apply to literal addresses and ranges now, to names when the job resolves them.</summary>
    public static (IReadOnlyList<string> Targets, string? Ports) HostList(string text)
    {
        var words = text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ports = words.LastOrDefault(w => w.StartsWith(PortsPrefix, StringComparison.OrdinalIgnoreCase));
        return ([.. words.Where(w => !w.StartsWith(PortsPrefix, StringComparison.OrdinalIgnoreCase))], ports?[PortsPrefix.Length..]);
    }

    private const string PortsPrefix = "ports=";

    private static (string?, string?) Hosts(string text, TargetGuard guard)
    {
        var (list, ports) = HostList(text);
        if (list.Count == 0)
        {
            return (null, "Enter host names, IP addresses or CIDR ranges, e.g. shop.example.com 203.0.113.0/28.");
        }

        if (ports is not null && PortList.Parse(ports) is { Success: false } badPorts)
        {
            return (null, $"Host: {badPorts.Errors[0]}");
        }

        var parsed = HostTargets.Parse(list, HostTargets.DefaultCap);
        if (!parsed.Success)
        {
            return (null, $"Host: {parsed.Errors[0]}");
        }

        foreach (var spec in parsed.Value)
        {
            if (spec.Addresses.Select(guard.Refusal).FirstOrDefault(r => r is not null) is { } refused)
            {
                return (null, $"Host: {spec.Text}: {refused}");
            }
        }

        return (string.Join(' ', ports is null ? list : [.. list, PortsPrefix + ports]), null);
    }

    private static string? RefusedLiteral(string host, TargetGuard guard)
    {
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(literal, out var ip) ? guard.Refusal(ip) : null;
    }
}
