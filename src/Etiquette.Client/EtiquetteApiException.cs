using System.Text.Json.Serialization;

namespace Etiquette.Client;

/// <summary>An RFC 9457 problem, as the service answers every failure; <see cref="Field"/> names the request field at fault.</summary>
public sealed record ApiProblem(string? Type, string? Title, int? Status, string? Detail, string? Field);

/// <summary>The service refused the request (4xx) or failed (5xx) and said why.</summary>
public sealed class EtiquetteApiException(int status, ApiProblem? problem)
    : Exception(problem?.Detail ?? problem?.Title ?? $"The Etiquette service answered {status}.")
{
    public int Status { get; } = status;
    public ApiProblem? Problem { get; } = problem;
}

/// <summary>The service could not be reached, did not answer in time, or calls are paused after repeated failures.</summary>
public sealed class EtiquetteUnavailableException(string message, Exception inner) : Exception(message, inner);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ApiProblem))]
internal sealed partial class ClientJsonContext : JsonSerializerContext;
