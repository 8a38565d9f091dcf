using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Inventory;

/// <summary>The engagement's contract deadlines from today on, as an iCalendar download for the account owners' calendars.</summary>
internal static class RenewalCalendar
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/engagements/{engagementId:engagement}/renewals.ics", Download);

    private static async Task<IResult> Download(HttpContext context, WorkspaceDb db, TimeProvider time, CancellationToken ct)
    {
        var scope = EngagementScope.Of(context);
        var now = time.GetUtcNow();
        var systems = await db.Systems.AsNoTracking().Where(s => s.EngagementId == scope.Id).ToListAsync(ct);
        var deadlines = ContractDeadline.Between(systems, DateOnly.FromDateTime(now.UtcDateTime), DateOnly.MaxValue);
        var text = CalendarFile.Write($"{scope.Engagement.Name}: contract deadlines", deadlines.Select(d => Event(scope, d)), now);
        var name = Core.Register.Slug.Of(scope.Engagement.Name) is { Length: > 0 } slug ? slug : "engagement";
        return Results.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{name}-renewals.ics");
    }

    // The date is part of the UID: a moved renewal is a new deadline, and the old entry's UID stays what it was.
    private static CalendarFile.Event Event(EngagementScope scope, ContractDeadline d) => new(
        string.Create(CultureInfo.InvariantCulture, $"{d.Kind.ToString().ToLowerInvariant()}-{d.SystemId}-{d.Date:yyyyMMdd}@engagement-{scope.Id}.plumbline"),
        d.Date,
        d.Title,
        d.Description);
}
