using Hearth.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace Hearth.Web.Hosting;

/// <summary>
/// Turns what escapes a page into the right answer: a record that is missing or hidden is a 404 (the
/// same page either way), bad input a 400; only a genuine fault is a 500, with no detail shown.
/// The API answers the same statuses as problem documents (<see cref="Api.ApiErrors"/>).
/// </summary>
public static class ErrorHandling
{
    public static ExceptionHandlerOptions Options => new()
    {
        ExceptionHandlingPath = "/error",
        StatusCodeSelector = StatusFor,
        // A missing or hidden record and refused input are expected answers, not faults: no error log.
        SuppressDiagnosticsCallback = context => context.Exception is RecordNotFoundException or ValidationFailedException,
    };

    public static int StatusFor(Exception error) => error switch
    {
        RecordNotFoundException => StatusCodes.Status404NotFound,
        // A body over the server's size limit is a 413; other unreadable requests a 400 (FormLimits catches most first).
        BadHttpRequestException bad => bad.StatusCode,
        ValidationFailedException or FormatException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string Title(int status) => status switch
    {
        404 => "Page not found",
        400 => "There is a problem with what was sent",
        403 => "You do not have access to this page",
        413 => "What you sent is too long",
        429 => "Too many referrals have been sent",
        _ => "Sorry, there is a problem with the service",
    };
}
