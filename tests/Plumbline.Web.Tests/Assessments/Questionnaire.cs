using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Assessments;

/// <summary>Drives a questionnaire page the way a browser without JavaScript does.</summary>
public static class Questionnaire
{
    public static string Url(int id, string template) => $"/engagements/{id}/assessments/{template}";

    /// <summary>Fills in and submits the questionnaire as a browser would: every field keeps what the page shows unless given
    /// here (a name given replaces all that field's values; repeat a name for several checkboxes; an empty value clears it).</summary>
    public static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> AnswerAsync(Browser browser, string url, params (string Name, string Value)[] fields)
    {
        var page = await browser.PageAsync(url);
        var form = page.QuerySelector("form.questionnaire")!;
        var current = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (name == "__RequestVerificationToken" || ((type is "radio" or "checkbox") && !input.HasAttribute("checked")))
            {
                continue;
            }

            var value = input.LocalName switch
            {
                "textarea" => input.TextContent,
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
            current.Add(KeyValuePair.Create(name, value));
        }

        var given = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        current.RemoveAll(kv => given.Contains(kv.Key));
        current.AddRange(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        var response = await browser.Client.PostAsync(url, new FormUrlEncodedContent(current));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public static async Task<HttpResponseMessage> ScoreAsync(Browser browser, int id, string template)
    {
        var page = await browser.PageAsync(Url(id, template));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await browser.Client.PostAsync(Url(id, template) + "/score", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
    }
}
