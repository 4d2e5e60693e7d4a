using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// Text people type never holds control characters (the null character PostgreSQL refuses, terminal escapes) nor half of
/// a UTF-16 pair (which no database stores faithfully): such input is refused with a French message naming the field,
/// in forms (next to the field) and in JSON (a ProblemDetails naming it), rather than stored altered or failing later.
/// Tabs and line breaks stay allowed.
/// </summary>
public static class TextSafety
{
    public const string Message = "Ce texte contient des caractères non autorisés (caractères de contrôle ou invisibles mal formés) : retirez-les.";

    public static bool IsSafe(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    public static IServiceCollection AddTextSafety(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.Converters.Add(new SafeStringConverter()));
        services.Configure<MvcOptions>(o => o.Filters.Add<UnsafeTextFilter>());
        return services;
    }

    /// <summary>Reading JSON: an unsafe string fails like a wrong type, so the API names the field.</summary>
    private sealed class SafeStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return IsSafe(value) ? value : throw new JsonException(Message);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        // Dictionary keys too: a ValidationProblem's « errors » is keyed by field names, and a converter of string
        // that does not handle keys makes its serialisation throw (a 500 instead of the 400).
        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString()!;
            return IsSafe(value) ? value : throw new JsonException(Message);
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);
    }

    /// <summary>Posted forms: each field holding unsafe text gets the message next to it, before the handler runs.</summary>
    private sealed class UnsafeTextFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (HttpMethods.IsPost(context.HttpContext.Request.Method))
                foreach (var (key, entry) in context.ModelState.ToList())
                    if (entry is not null && !IsSafe(entry.AttemptedValue)) context.ModelState.AddModelError(key, Message);
            await next();
        }
    }
}
