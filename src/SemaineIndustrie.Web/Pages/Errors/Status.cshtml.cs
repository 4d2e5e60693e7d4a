using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Web.Pages.Errors;

/// <summary>The DSFR error page shown for 404s and unexpected errors, keeping the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Show(code);
    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        // After an exception, the handler chose the status (500, or 503 when the database is away).
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null && Response.StatusCode >= 500) code = Response.StatusCode;
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = Infrastructure.Availability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}
