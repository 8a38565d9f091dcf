using System.Globalization;

namespace Plumbline.Web.Engagements;

/// <summary>The one reading of the engagement id in a URL, shared by the route constraint, the access rule, pages,
/// endpoints and downloads: plain decimal digits, no sign, no leading zero, no spaces, 1 to <see cref="int.MaxValue"/>.</summary>
/// <remarks>The framework's <c>int</c> constraint accepts "+7" and " 7" while a stricter parse elsewhere found no number and
/// let the request through unchecked; with one canonical form, every spelling but the one the queries use is a 404.</remarks>
internal static class EngagementRoute
{
    /// <summary>The route parameter that marks a request as being about one engagement.</summary>
    public const string Parameter = "engagementId";

    /// <summary>The constraint name used in page routes: <c>{engagementId:engagement}</c>.</summary>
    public const string ConstraintName = "engagement";

    public static bool TryRead(object? raw, out int id)
    {
        id = 0;
        if (raw is not string text || text.Length is 0 or > 10 || text[0] == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    /// <summary>True when the endpoint's route carries an engagement id, so the access rule must prove membership.</summary>
    public static bool Names(Endpoint endpoint) =>
        endpoint is RouteEndpoint route && route.RoutePattern.GetParameter(Parameter) is not null;
}
