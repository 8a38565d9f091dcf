using Plumbline.Checks.Vulnerabilities.Osv;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class CvssV3Tests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6)]
    public void Base_scores_match_the_specification(string vector, double expected)
    {
        CvssV3.BaseScore(vector).ShouldBe(expected);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    [InlineData("CVSS:3.1/AV:N/AC:L")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    public void Vectors_it_cannot_score_give_no_score(string vector)
    {
        CvssV3.BaseScore(vector).ShouldBeNull();
    }

    [Theory]
    [InlineData(9.8, Severity.Critical)]
    [InlineData(7.0, Severity.High)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(0.0, Severity.Info)]
    public void Scores_map_to_the_qualitative_ratings(double score, Severity expected)
    {
        CvssV3.Rating(score).ShouldBe(expected);
    }
}
