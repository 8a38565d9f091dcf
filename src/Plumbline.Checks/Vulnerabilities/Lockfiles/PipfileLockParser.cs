using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Pipenv's <c>Pipfile.lock</c>: <c>default</c> and <c>develop</c> maps of name to <c>{"version": "==x"}</c>.
/// It does not record which packages the Pipfile names, so direct is unknown.</summary>
public sealed class PipfileLockParser : ILockfileParser
{
    public string Kind => "Pipfile.lock";

    public string Ecosystem => Ecosystems.PyPI;

    public bool Matches(string fileName) => fileName == "Pipfile.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || (LockfileJson.Obj(root, "default") is null && LockfileJson.Obj(root, "develop") is null))
        {
            return LockfileJson.Shape(source, "no 'default' or 'develop' section; is this a Pipfile.lock?");
        }

        var list = new List<ResolvedPackage>();
        foreach (var section in new[] { "default", "develop" })
        {
            foreach (var p in LockfileJson.Props(LockfileJson.Obj(root, section)))
            {
                if (LockfileJson.Str(p.Value, "version") is { } v && v.StartsWith("==", StringComparison.Ordinal))
                {
                    list.Add(new ResolvedPackage(Ecosystem, p.Name, v[2..].Trim(), null));
                }
            }
        }

        return LockfileJson.Ok(list);
    }
}
