using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Secrets;

/// <summary>Expands rule examples such as <c>token = ghp_{{alnum:36}}</c> into concrete text at run time.</summary>
/// <remarks>Examples are templates so that no real-looking credential is ever written in our sources
/// (other scanners and push protection would rightly flag it). The filler is pseudo-random but
/// seeded by the template, so expansion is the same on every run; a filler is never a live key.</remarks>
public static partial class ExampleText
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    /// <summary>Expands every <c>{{kind:length}}</c> placeholder; kinds: alnum, upper, lower, digits, hex, HEX, b64, b64url, base32.</summary>
    public static string Expand(string template)
    {
        var random = new Random(StableSeed(template));
        return Placeholder().Replace(template, m =>
        {
            var length = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var alphabet = m.Groups["kind"].Value switch
            {
                "alnum" => Upper + Lower + Digits,
                "upper" => Upper,
                "lower" => Lower,
                "digits" => Digits,
                "hex" => "0123456789abcdef",
                "HEX" => "0123456789ABCDEF",
                "b64" => Upper + Lower + Digits + "+/",
                "b64url" => Upper + Lower + Digits + "-_",
                "base32" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                var other => throw new ArgumentException($"Unknown example filler '{other}'.", nameof(template)),
            };
            var sb = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            return sb.ToString();
        });
    }

    /// <summary>True when the template has a placeholder kind this class does not know.</summary>
    public static string? UnknownFiller(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups["kind"].Value)
            .FirstOrDefault(k => k is not ("alnum" or "upper" or "lower" or "digits" or "hex" or "HEX" or "b64" or "b64url" or "base32"));

    private static int StableSeed(string text)
    {
        // string.GetHashCode is randomised per process; examples must expand identically every run.
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    [GeneratedRegex(@"\{\{(?<kind>[A-Za-z0-9]+):(?<n>\d{1,4})\}\}")]
    private static partial Regex Placeholder();
}
