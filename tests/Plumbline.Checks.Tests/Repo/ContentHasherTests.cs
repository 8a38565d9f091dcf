using System.IO.Hashing;
using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Tests.Repo;

public sealed class ContentHasherTests
{
    [Fact]
    public void Agrees_with_System_IO_Hashing_at_every_length_through_each_tail()
    {
        // Lengths 0 to 300 cover the short path, the 32-byte stripes and every mix of 8-, 4- and 1-byte tails.
        var random = new Random(20261207);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            ContentHasher.Of(data).ShouldBe(XxHash64.HashToUInt64(data), $"length {length}");
        }
    }

    [Fact]
    public void Agrees_with_System_IO_Hashing_on_large_inputs()
    {
        var random = new Random(7);
        foreach (var length in new[] { 4_096, 65_537, 1_000_003 })
        {
            var data = new byte[length];
            random.NextBytes(data);

            ContentHasher.Of(data).ShouldBe(XxHash64.HashToUInt64(data), $"length {length}");
        }
    }

    [Fact]
    public void Matches_the_published_value_for_empty_input()
    {
        // XxHash64 of no bytes with seed 0, as published with the algorithm.
        ContentHasher.Of([]).ShouldBe(0xEF46DB3751D8E999UL);
    }
}
