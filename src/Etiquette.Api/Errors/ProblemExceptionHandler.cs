using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Etiquette.Api.Errors;

/// <summary>
/// Answers every failure that a client caused with problem details and the right 4xx status, so nothing a client sends
/// ends in a 500. Anything else is left to the default handler (a 500 problem, logged without the request body).
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string FieldExtension = "field";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiProblemException e => Problem(e.Status, e.Title, e.Message, e.Field),
            RequestValidationException e => Problem(StatusCodes.Status400BadRequest, "The request is not valid", e.Message, e.Field),
            UnknownProfileException e => Problem(StatusCodes.Status400BadRequest, "The request is not valid", e.Message, "profile"),
            UnknownRuleException e => Problem(StatusCodes.Status400BadRequest, "The request is not valid", e.Message, "suppress"),
            BadHttpRequestException { StatusCode: StatusCodes.Status413RequestEntityTooLarge } e => Problem(e.StatusCode, "The request is too large", e.Message, null),
            BadHttpRequestException e => Problem(e.StatusCode, "The request could not be read", e.Message, null),
            _ => null,
        };
        if (problem is null) return false;

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// Words for the failures the framework answers itself (no route, wrong method, another media type), which would
    /// otherwise carry only a title.
    /// </summary>
    public static void ExplainFrameworkProblems(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => "There is no such endpoint; /swagger lists them.",
            StatusCodes.Status405MethodNotAllowed => $"This endpoint does not take {context.HttpContext.Request.Method}.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => null,
        };
    }

    public static ProblemDetails Problem(int status, string title, string detail, string? field)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null) problem.Extensions[FieldExtension] = field;
        return problem;
    }
}
