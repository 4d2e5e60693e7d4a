using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Web.Pages.Errors;

/// <summary>The DSFR error page shown for 404s and unexpected errors, keeping the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    // The code comes from the address only: a post's body may be what failed (too large to read).
    public IActionResult OnGet([FromRoute] int code) => Show(code);
    public IActionResult OnPost([FromRoute] int code) => Show(code);

    private PageResult Show(int code)
    {
        // After an exception, the handler chose the status (500, or 503 when the database is away).
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null && Response.StatusCode >= 500) code = Response.StatusCode;
        Code = code is >= 400 and <= 599 ? code : 404;
        // A body over the server's limit fails while the form is read (antiforgery turns that into a 400): say why.
        if (Code is 400 or 413 && Request.ContentLength > Organiser.PictureEncoder.MaxBytes) Code = 413;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = Infrastructure.Availability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}
