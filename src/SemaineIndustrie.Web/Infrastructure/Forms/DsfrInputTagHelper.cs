using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SemaineIndustrie.Web.Infrastructure.Forms;

/// <summary>
/// A DSFR text field with its label, hint and error message next to it:
/// <c>&lt;dsfr-input asp-for="Input.Email" label="Adresse électronique" type="email" /&gt;</c>.
/// What the person typed is shown again after an error (the attempted value wins over the model).
/// </summary>
[HtmlTargetElement("dsfr-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    /// <summary>Rows of a textarea; a text field when zero.</summary>
    [HtmlAttributeName("rows")] public int Rows { get; set; }
    [HtmlAttributeName("required")] public bool Required { get; set; }
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    [HtmlAttributeName("list")] public string? List { get; set; }
    /// <summary>Where wwwroot/js/search-form.js fetches commune suggestions for the datalist (/api/v1/communes).</summary>
    [HtmlAttributeName("suggest")] public string? Suggest { get; set; }
    [HtmlAttributeName("inputmode")] public string? InputMode { get; set; }
    [HtmlAttributeName("pattern")] public string? Pattern { get; set; }
    [HtmlAttributeName("min")] public string? Min { get; set; }
    [HtmlAttributeName("max")] public string? Max { get; set; }
    [HtmlAttributeName("id")] public string? Id { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = Id ?? TagBuilder.CreateSanitizedId(name, "_");
        var entry = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) ? e : null;
        var errors = entry?.Errors.Select(x => x.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var value = entry?.AttemptedValue ?? FormatModel(For.Model);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "fr-input-group fr-input-group--error" : "fr-input-group");
        var enc = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"fr-label\" for=\"{id}\">{enc.Encode(Label)}");
        if (Hint is not null) html.Append($"<span class=\"fr-hint-text\">{enc.Encode(Hint)}</span>");
        html.Append("</label>");
        var attributes = $" class=\"fr-input\" id=\"{id}\" name=\"{enc.Encode(name)}\" aria-describedby=\"{id}-messages\""
            + (Required ? " required" : "")
            + (MaxLength is { } max ? $" maxlength=\"{max}\"" : "")
            + Attr("autocomplete", Autocomplete) + Attr("list", List) + Attr("data-si-commune-suggest", Suggest) + Attr("inputmode", InputMode)
            + Attr("pattern", Pattern) + Attr("min", Min) + Attr("max", Max)
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : "");
        if (Rows > 0)
            html.Append($"<textarea{attributes} rows=\"{Rows}\">{enc.Encode(value ?? "")}</textarea>");
        else
            html.Append($"<input{attributes} type=\"{Type}\" value=\"{(Type == "password" ? "" : enc.Encode(value ?? ""))}\">");
        html.Append($"<div class=\"fr-messages-group\" id=\"{id}-messages\" aria-live=\"polite\">");
        foreach (var error in errors) html.Append($"<p class=\"fr-message fr-message--error\">{enc.Encode(error)}</p>");
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Attr(string name, string? value) => value is null ? "" : $" {name}=\"{HtmlEncoder.Default.Encode(value)}\"";

    private static string? FormatModel(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}

/// <summary>Errors of a whole fieldset (a list of checkboxes, the sessions) in the DSFR manner.</summary>
public static class FieldErrors
{
    public static IReadOnlyList<string> For(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
}
