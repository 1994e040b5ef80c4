using Etiquette.Api.Classification;
using Etiquette.Api.Storage;
using Etiquette.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Etiquette.Api.Endpoints;

public sealed record LiveResponse(string Status);

/// <summary>Ready even when degraded: the rules still answer. <see cref="Model"/> says which model runs, or why none does.</summary>
public sealed record ReadyResponse(string Status, ModelInfo Model, StorageHealth Storage);

public sealed record StorageHealth(string Provider, bool Reachable);

/// <summary><c>/health</c>: probes for orchestrators and for the extension's "is the service there" check. Open to all, not rate limited.</summary>
public static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapGet("/live", Live)
            .WithName("Live")
            .WithSummary("Is the process up")
            .WithDescription("Answers 200 as long as the service runs.");
        health.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Can the service answer")
            .WithDescription(
                "200 with `status: ready`, or `degraded` when the classifier is not available (no model, a corrupt model, failures, " +
                "timeouts or an open circuit): `model.reason` says why, and lints are answered from the rules alone. " +
                "503 when the store cannot be reached.")
            .Produces<ReadyResponse>(StatusCodes.Status503ServiceUnavailable);
        return health;
    }

    private static readonly LiveResponse Alive = new("live");

    private static Ok<LiveResponse> Live() => TypedResults.Ok(Alive);

    private static async Task<Results<Ok<ReadyResponse>, JsonHttpResult<ReadyResponse>>> Ready(
        ClassifierGuard classifier, FeedbackStore store, ILogger<FeedbackStore> logger, CancellationToken cancellation)
    {
        var model = classifier.Health;
        var modelInfo = new ModelInfo(model.Version, model.Degraded, model.Reason);
        try
        {
            await store.PingAsync(cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Readiness: the {Provider} store is not reachable ({ExceptionType})", store.Provider, e.GetType().Name);
            return TypedResults.Json(
                new ReadyResponse("unavailable", modelInfo, new StorageHealth(store.Provider, false)),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(new ReadyResponse(model.Degraded ? "degraded" : "ready", modelInfo, new StorageHealth(store.Provider, true)));
    }
}
