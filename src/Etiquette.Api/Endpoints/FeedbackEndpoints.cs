using Etiquette.Api.Errors;
using Etiquette.Api.Feedback;
using Etiquette.Api.Requests;
using Etiquette.Api.Security;
using Etiquette.Api.Storage;
using Etiquette.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Etiquette.Api.Endpoints;

/// <summary><c>/v1/feedback</c>: agents say what they did with a diagnostic; trainers read it back.</summary>
public static class FeedbackEndpoints
{
    public const int MaxPage = 500;

    public static RouteGroupBuilder MapFeedbackEndpoints(this RouteGroupBuilder v1)
    {
        var feedback = v1.MapGroup("/feedback").WithTags("Feedback");
        feedback.MapPost("", Record)
            .WithName("SendFeedback")
            .RequireAuthorization(ApiAccess.AgentPolicy)
            .WithClientErrors()
            .Accepts<FeedbackRequestBody>("application/json")
            .WithSummary("Record what an agent did with a diagnostic")
            .WithDescription(
                "`action` is `accepted`, `dismissed` or `reported`; `ruleId` and `span` identify the diagnostic; `comment` is optional. " +
                "Send `text` (the draft) only when the agent opted in to share it: it is stored with card numbers, bank details, " +
                "identifiers and secrets masked (the data-protection rules' fixes). Without `text`, no draft is kept.");
        feedback.MapGet("", List)
            .WithName("ListFeedback")
            .RequireAuthorization(ApiAccess.TrainerPolicy)
            .WithAccessErrors()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Read feedback back (trainers)")
            .WithDescription($"The newest first, at most `limit` (1–{MaxPage}, default 100), optionally for one `ruleId`.");
        return feedback;
    }

    private static async Task<Created<FeedbackReceipt>> Record(
        HttpContext http, JsonBody json, FeedbackRecorder recorder, CancellationToken cancellation)
    {
        var body = await json.ReadAsync<FeedbackRequestBody>(http.Request, cancellation);
        var receipt = await recorder.RecordAsync(body, http.User.Identity?.Name, cancellation);
        return TypedResults.Created((string?)null, receipt);
    }

    private static async Task<Ok<FeedbackPage>> List(FeedbackStore store, string? ruleId, int? limit, CancellationToken cancellation)
    {
        if (limit is < 1 or > MaxPage) throw ApiProblemException.BadRequest("limit", $"limit must be between 1 and {MaxPage}.");
        return TypedResults.Ok(new FeedbackPage(await store.ListAsync(ruleId?.ToUpperInvariant(), limit ?? 100, cancellation)));
    }
}
