namespace Plumbline.Web.Engagements;

/// <summary>Matches only the canonical engagement id (<see cref="EngagementRoute.TryRead"/>), so "+7", "07" and " 7"
/// reach no page at all.</summary>
internal sealed class EngagementRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var raw) && EngagementRoute.TryRead(raw is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : raw, out _);
}
