namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>How one ecosystem orders its version strings.</summary>
public interface IVersionScheme
{
    /// <summary>The scheme's name, for messages and tests.</summary>
    string Name { get; }

    /// <summary>Negative when <paramref name="a"/> is older than <paramref name="b"/>, zero when equal, positive when newer.</summary>
    int Compare(string a, string b);
}
