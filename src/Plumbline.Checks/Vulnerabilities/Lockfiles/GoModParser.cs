using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Go's <c>go.mod</c>: since Go 1.17 it lists every module in the build (minimal version selection's
/// result), marking those only needed by others <c>// indirect</c>. <c>replace</c> directives pointing at another
/// module version are applied; replacements by a local folder are the project's own code and are dropped. The
/// standard library is listed as the module <c>stdlib</c>, so Go's own advisories are checked too.</summary>
public sealed class GoModParser : ILockfileParser
{
    public string Kind => "go.mod";

    public string Ecosystem => Ecosystems.Go;

    public bool Matches(string fileName) => fileName == "go.mod";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var requires = new List<(string Module, string Version, bool Indirect)>();
        var replaces = new Dictionary<string, (string Module, string? Version)?>(StringComparer.Ordinal);
        string? block = null;
        var blockLine = 0;
        var lines = text.Split('\n');
        var sawModule = false;
        string? goLine = null;
        string? toolchain = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            var comment = raw.IndexOf("//", StringComparison.Ordinal);
            var indirect = comment >= 0 && raw[(comment + 2)..].Trim().StartsWith("indirect", StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (line.Length == 0) continue;
            if (block is not null)
            {
                if (line == ")")
                {
                    block = null;
                    continue;
                }

                var error = Directive(block, line, indirect, requires, replaces);
                if (error is not null) return Fail(source, error, i + 1);
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var verb = space < 0 ? line : line[..space];
            var rest = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            if (verb == "module") sawModule = true;
            if (verb == "go") goLine = rest;
            if (verb == "toolchain") toolchain = rest;
            if (verb is "require" or "replace" or "exclude" or "retract" or "tool" or "ignore" or "godebug")
            {
                if (rest == "(")
                {
                    block = verb;
                    blockLine = i + 1;
                    continue;
                }

                var error = Directive(verb, rest, indirect, requires, replaces);
                if (error is not null) return Fail(source, error, i + 1);
            }
            else if (verb is not ("module" or "go" or "toolchain"))
            {
                return Fail(source, $"unknown directive '{verb}'", i + 1);
            }
        }

        if (block is not null)
        {
            return Fail(source, $"the '{block} (' block is never closed with ')'", blockLine);
        }

        if (!sawModule)
        {
            return Fail(source, "no 'module' line; is this a go.mod?", null);
        }

        var list = new List<ResolvedPackage>();
        foreach (var (module, version, ind) in requires)
        {
            var target = replaces.TryGetValue(module + "@" + version, out var exact) ? exact
                : replaces.TryGetValue(module, out var any) ? any
                : (module, version);
            if (target is not { Version: { } v } t) continue;
            list.Add(new ResolvedPackage(Ecosystem, t.Module, v, !ind));
        }

        if (StandardLibrary(toolchain, goLine) is { } stdlib)
        {
            list.Add(new ResolvedPackage(Ecosystem, "stdlib", stdlib, true));
        }

        return LockfileJson.Ok(list);
    }

    /// <summary>
    /// True when the module's go.mod does not list the whole build: before Go 1.17 (or with no <c>go</c> line, which
    /// the go command reads as 1.16) it names only direct requirements, and go.sum beside it holds the rest.
    /// </summary>
    public static bool ListsOnlyDirectModules(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("go ", StringComparison.Ordinal) && !line.StartsWith("go\t", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line[2..].Trim().Split('.');
            return parts.Length < 2
                || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
                || !int.TryParse(new string([.. parts[1].TakeWhile(char.IsAsciiDigit)]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor)
                || major < 1 || (major == 1 && minor < 17);
        }

        return true;
    }

    /// <summary>Go's standard library, under the name OSV gives it (<c>stdlib</c>), at the <c>toolchain</c> version when the
    /// file names one, else at the <c>go</c> line's (the minimum the module asks for; <c>1.21</c> is read as 1.21.0).
    /// Null when neither line holds a release version.</summary>
    public static string? StandardLibrary(string? toolchain, string? goLine)
    {
        var version = toolchain is { } t && t.StartsWith("go", StringComparison.Ordinal) ? t[2..] : goLine;
        if (version is null) return null;
        var numeric = new string([.. version.TakeWhile(c => char.IsAsciiDigit(c) || c == '.')]);
        var parts = numeric.Split('.');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0) || numeric.Length != version.Length) return null;
        return parts.Length == 2 ? numeric + ".0" : numeric;
    }

    private static string? Directive(string verb, string args, bool indirect, List<(string, string, bool)> requires, Dictionary<string, (string, string?)?> replaces)
    {
        var fields = args.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"')).ToArray();
        switch (verb)
        {
            case "require":
                if (fields.Length != 2) return $"a require line needs a module and a version, found '{args}'";
                requires.Add((fields[0], fields[1], indirect));
                return null;
            case "replace":
                var arrow = Array.IndexOf(fields, "=>");
                if (arrow is < 1 or > 2 || fields.Length - arrow - 1 is < 1 or > 2) return $"a replace line reads 'module [version] => target [version]', found '{args}'";
                var key = arrow == 2 ? fields[0] + "@" + fields[1] : fields[0];
                var target = fields[arrow + 1];
                var local = target.StartsWith('.') || target.StartsWith('/');
                replaces[key] = local ? null : (target, fields.Length - arrow - 1 == 2 ? fields[^1] : null);
                return null;
            default:
                return null;
        }
    }

    private static ParseResult<IReadOnlyList<ResolvedPackage>> Fail(string source, string message, int? line) =>
        ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, message, line));
}
