using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>What the access rule proved for this request: the engagement id as the queries use it, the user's membership
/// and the engagement row. Pages, endpoints and downloads read the id from here, never from the route again.</summary>
internal sealed record EngagementScope(int Id, Membership Membership, Engagement Engagement)
{
    /// <summary>The scope the access rule set; throws when a handler runs outside the rule (a bug, not a user error).</summary>
    public static EngagementScope Of(HttpContext context) =>
        context.Features.Get<EngagementScope>()
        ?? throw new InvalidOperationException($"{context.Request.Path} reached an engagement handler without the access rule.");
}
