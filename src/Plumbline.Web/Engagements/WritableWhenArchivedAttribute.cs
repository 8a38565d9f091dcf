namespace Plumbline.Web.Engagements;

/// <summary>Marks the one page a consultant may post to while its engagement is archived: the page that restores or
/// deletes it. Everything else in an archived engagement is read-only.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class WritableWhenArchivedAttribute : Attribute;
