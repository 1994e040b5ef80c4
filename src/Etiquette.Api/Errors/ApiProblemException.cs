namespace Etiquette.Api.Errors;

/// <summary>
/// A request the service refuses, with the status and the words to answer it with; <see cref="Field"/> names the JSON
/// field at fault (as the request spells it) when there is one. <see cref="ProblemExceptionHandler"/> turns it into
/// RFC 9457 problem details.
/// </summary>
public sealed class ApiProblemException(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    public static ApiProblemException BadRequest(string field, string detail) =>
        new(StatusCodes.Status400BadRequest, "The request is not valid", detail, field);

    public static ApiProblemException TooLarge(string? field, string detail) =>
        new(StatusCodes.Status413RequestEntityTooLarge, "The request is too large", detail, field);

    public static ApiProblemException UnsupportedMediaType(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);
}
