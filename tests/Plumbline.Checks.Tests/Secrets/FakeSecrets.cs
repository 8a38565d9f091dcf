using System.Text;

namespace Plumbline.Checks.Tests.Secrets;

/// <summary>Fixture credentials, built at run time from parts so no real-looking literal sits in our
/// sources. They are random, never issued by any provider, and the GitHub-style ones carry a
/// deliberately wrong checksum tail; files that hold them say they are test fixtures.</summary>
internal sealed class FakeSecrets(int seed)
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Hex = "0123456789abcdef";
    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private readonly Random _random = new(seed);

    public const string FixtureNote = "# test fixture: fake credential, not valid anywhere";

    public string GitHubPat() => Join("gh", "p_", Fill(Alnum, 36));

    public string AwsKeyId() => Join("AK", "IA", Fill(Base32, 16));

    public string Stripe() => Join("sk", "_live_", Fill(Alnum, 24));

    public string SlackBot() => Join("xo", "xb-", Fill("0123456789", 12), "-", Fill("0123456789", 12), "-", Fill(Alnum, 24));

    public string Sendgrid() => Join("S", "G.", Fill(Alnum, 22), ".", Fill(Alnum, 43));

    public string Anthropic() => Join("sk-", "ant-api03-", Fill(Alnum, 93), "AA");

    public string Password() => Join(Fill(Alnum, 10), "9", Fill(Alnum, 9), "q");

    public string Generic() => Join(Fill(Alnum, 11), "7", Fill(Alnum, 12));

    public string PemBody() => string.Join('\n', Enumerable.Range(0, 4).Select(_ => Fill(B64, 64)));

    public static string Pem(string body) => Join("-----BEGIN RSA PRIV", "ATE KEY-----\n", body, "\n-----END RSA PRIV", "ATE KEY-----\n");

    public string HexString(int n) => Fill(Hex, n);

    private string Fill(string alphabet, int n)
    {
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    private static string Join(params string[] parts) => string.Concat(parts);
}
