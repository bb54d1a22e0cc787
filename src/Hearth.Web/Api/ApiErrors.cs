using Hearth.Core.CaseNotes;
using Hearth.Core.Validation;

namespace Hearth.Web.Api;

/// <summary>
/// The API's answers to bad input and hidden records: 400 with a field-by-field problem document,
/// 404 for a record that is missing or restricted (the same), 409 for a finalised note.
/// </summary>
public sealed class ApiErrors : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationFailedException e)
        {
            return Results.ValidationProblem(e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()));
        }
        catch (RecordNotFoundException)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        catch (CaseNoteLockedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Case note is finalised", detail: e.Message);
        }
    }
}
