using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>Posts forms as a browser does: from the page, with its antiforgery token and its current values.</summary>
public static class Forms
{
    /// <summary>
    /// Opens the page, takes the form (the first post form, or <paramref name="formSelector"/>), keeps the values it
    /// already holds, applies <paramref name="fields"/>, and posts it as the button <paramref name="submitter"/>
    /// (a CSS selector) would: to its formaction, with its name and value.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl,
        IEnumerable<(string Name, string Value)>? fields = null, string? formSelector = null, string? submitter = null)
    {
        var (action, current, pressed) = await PrepareAsync(client, pageUrl, formSelector, submitter);
        return await client.PostFormAsync(action, current, fields, pressed);
    }

    /// <summary>The same, as multipart/form-data with files (a file input's name, the file's name, type and bytes).</summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(this HttpClient client, string pageUrl,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Name, string FileName, string ContentType, byte[] Bytes)> files,
        string? formSelector = null, string? submitter = null)
    {
        var (action, current, pressed) = await PrepareAsync(client, pageUrl, formSelector, submitter);
        var values = Merge(current, fields, pressed);
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values) content.Add(new StringContent(value), name);
        foreach (var (name, fileName, type, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
            content.Add(file, name, fileName);
        }
        return await client.PostAsync(action, content);
    }

    private static async Task<(string Action, List<(string, string)> Current, string? Pressed)> PrepareAsync(
        HttpClient client, string pageUrl, string? formSelector, string? submitter)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl}: {(int)page.StatusCode}");
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var form = (formSelector is null
            ? document.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : document.QuerySelector(formSelector) as IHtmlFormElement) ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");
        var action = ActionOf(form, pageUrl);
        string? pressed = null;
        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter) ?? throw new InvalidOperationException($"No button {submitter} in the form of {pageUrl}");
            if (button.GetAttribute("formaction") is { Length: > 0 } formAction) action = formAction;
            if (button.GetAttribute("name") is { Length: > 0 } name) pressed = $"{name}={button.GetAttribute("value")}";
        }
        return (action, CurrentValues(form), pressed);
    }

    private static List<(string Name, string Value)> Merge(
        IEnumerable<(string Name, string Value)> current, IEnumerable<(string Name, string Value)>? fields, string? submitter)
    {
        var values = current.ToList();
        foreach (var group in (fields ?? []).GroupBy(f => f.Name))
        {
            values.RemoveAll(v => v.Name == group.Key);
            values.AddRange(group);
        }
        if (submitter is not null)
        {
            var parts = submitter.Split('=', 2);
            values.Add((parts[0], parts.Length > 1 ? parts[1] : ""));
        }
        return values;
    }

    public const string SaveEventButton = "button[formaction*='handler=Save']";
    public const string SubmitEventButton = "button[formaction*='handler=Submit']";

    /// <summary>
    /// The organiser's event form (a new one when <paramref name="eventId"/> is null), posted with its current values and
    /// <paramref name="fields"/> by <paramref name="button"/> (« Enregistrer » unless said).
    /// </summary>
    public static Task<HttpResponseMessage> SaveEventAsync(this HttpClient client, int? eventId, IEnumerable<(string Name, string Value)> fields,
        string button = SaveEventButton) =>
        client.SubmitAsync(eventId is null ? "/organisateur/evenements" : $"/organisateur/evenements/{eventId}", fields, "#formulaire-evenement", button);

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string action,
        IEnumerable<(string Name, string Value)> current, IEnumerable<(string Name, string Value)>? fields, string? submitter = null)
    {
        var values = Merge(current, fields, submitter);
        return await client.PostAsync(action, new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))));
    }

    public static string ActionOf(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : action;
    }

    /// <summary>What the browser would send without a click: inputs, checked boxes, selected options, textareas.</summary>
    public static List<(string Name, string Value)> CurrentValues(IHtmlFormElement form)
    {
        var values = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) values.Add((name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    values.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => (name, o.Value)));
                    break;
            }
        }
        return values;
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStringAsync().Result));

    /// <summary>The error messages shown next to the fields.</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(this HttpResponseMessage response) =>
        (await response.ReadDocumentAsync()).QuerySelectorAll(".fr-message--error, .fr-error-text").Select(e => e.TextContent.Trim()).ToList();
}
