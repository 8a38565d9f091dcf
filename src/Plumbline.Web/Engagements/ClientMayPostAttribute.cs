namespace Plumbline.Web.Engagements;

/// <summary>Marks a page whose forms a client member may submit (questionnaire answers). Read from endpoint metadata by
/// <see cref="EngagementAccessMiddleware"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ClientMayPostAttribute : Attribute;
