using Hearth.Core.Returns.CinCensus;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Hosting;

/// <summary>
/// Reads a posted page form before the page does, so a form over the limits (a value over
/// <see cref="FormOptions.ValueLengthLimit"/>, 4 MB; a body over Kestrel's MaxRequestBodySize,
/// about 30 MB) gets the GOV.UK "too long" error page with 413, not a bare 400 from the antiforgery
/// check or a 500. Smaller overlong answers reach the service, whose validator gives a field error
/// (<see cref="Core.FrontDoor.ContactValidator.MaxFreeText"/>). Runs after authorisation, so a form
/// posted to a page the sender may not use is never read at all.
/// </summary>
public static class FormLimits
{
    public static IApplicationBuilder UseFormLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error page, shown for a post (a 429, say): it needs nothing from the body, which may be the problem.
            IgnoreBody(context);
            await next(context);
            return;
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<AcceptsLargeUploadAttribute>() is not null)
        {
            AllowLargeUpload(context);
        }
        int? refused = null;
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            refused = StatusCodes.Status413PayloadTooLarge;
        }
        catch (BadHttpRequestException e)
        {
            refused = e.StatusCode;
        }
        if (refused is { } status)
        {
            // The error page is re-executed for this request: it must not try to read the form again.
            IgnoreBody(context);
            context.Response.StatusCode = status;
            return;
        }
        await next(context);
    });

    /// <summary>
    /// Lets a census file as large as <see cref="CensusOptions.MaxImportBytes"/> (100 MB by default) reach
    /// the page, with room for the rest of the form, for this request only: the page then refuses a file
    /// over the limit with a GOV.UK error, and a body larger still is the 413 page.
    /// </summary>
    private static void AllowLargeUpload(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<CensusOptions>>().Value.MaxImportBytes + AcceptsLargeUploadAttribute.FormOverhead;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size && (size.MaxRequestBodySize ?? long.MaxValue) < limit)
        {
            size.MaxRequestBodySize = limit;
        }
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }

    private static void IgnoreBody(HttpContext context)
    {
        context.Request.ContentType = null;
        context.Features.Set<IFormFeature>(null);
    }
}

/// <summary>
/// Marks a page that takes a census file upload: its posts may be as large as
/// <see cref="CensusOptions.MaxImportBytes"/> plus <see cref="FormOverhead"/> (see <see cref="FormLimits"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AcceptsLargeUploadAttribute : Attribute
{
    /// <summary>Room for the multipart headers and the form's other fields around the file.</summary>
    public const long FormOverhead = 1024 * 1024;
}
