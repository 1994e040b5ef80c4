using Etiquette.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Etiquette.Api.Endpoints;

/// <summary><c>/v1/models</c>: reserved for trainers. Training through the API is not built yet; the route and its access rules are.</summary>
public static class ModelEndpoints
{
    public static RouteGroupBuilder MapModelEndpoints(this RouteGroupBuilder v1)
    {
        var models = v1.MapGroup("/models").WithTags("Models").RequireAuthorization(ApiAccess.TrainerPolicy).WithAccessErrors();
        models.MapPost("/train", Train)
            .WithName("TrainModel")
            .WithSummary("Start a training job (trainers; not implemented yet)")
            .WithDescription("Needs a trainer (or admin) key: 401 without one, 403 with another role. Answers 501 until training through the API exists.")
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        return models;
    }

    private static ProblemHttpResult Train() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status501NotImplemented,
            title: "Not implemented",
            detail: "Training through the API is not available yet.");
}
