namespace Plumbline.Web.Engagements;

/// <summary>Marks a page only the engagement's consultants may open at all, even to read (its settings: archive and
/// delete). Enforced by the access rule, <see cref="EngagementAccess.Deny"/>, like every other engagement permission.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ConsultantsOnlyAttribute : Attribute;
