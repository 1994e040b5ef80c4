using Etiquette.Api.Errors;
using Etiquette.Api.Hosting;
using Etiquette.Api.Logging;
using Etiquette.Api.Options;
using Etiquette.Api.Requests;
using Etiquette.Api.Security;
using Etiquette.Core.Serialization;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Endpoints;

/// <summary><c>/v1/lint</c>, <c>/v1/lint/batch</c> and <c>/v1/fix</c>: the engine's answers, in the same JSON as the CLI's.</summary>
public static class DraftEndpoints
{
    public static RouteGroupBuilder MapDraftEndpoints(this RouteGroupBuilder v1)
    {
        var drafts = v1.MapGroup("").WithTags("Drafts").RequireAuthorization(ApiAccess.AgentPolicy).WithClientErrors();

        drafts.MapPost("/lint", Lint)
            .WithName("Lint")
            .Accepts<LintRequestBody>("application/json")
            .WithSummary("Lint one draft reply")
            .WithDescription(
                "Returns the diagnostics (id, severity, span in UTF-16 code units, message, fixes), the classifier's view, a summary " +
                "with the send-guard decision, and which model answered (`model.degraded` when only the rules ran, with the reason).");

        drafts.MapPost("/lint/batch", LintBatch)
            .WithName("LintBatch")
            .Accepts<BatchRequestBody>("application/json")
            .WithSummary("Lint up to 100 drafts at once")
            .WithDescription("Answers in the order of `drafts`. A bad draft fails the whole batch with a 400 naming it, e.g. `drafts[3].text`.");

        drafts.MapPost("/fix", Fix)
            .WithName("Fix")
            .Accepts<FixRequestBody>("application/json")
            .WithSummary("Apply fixes server-side")
            .WithDescription(
                "Applies the first fix of every diagnostic, or only of the rules named in `only`, and returns the mended text, " +
                "the rule ids applied, and the lint of the mended text (what remains).");
        return drafts;
    }

    private static async ValueTask<WireJsonResult<LintResponse>> Lint(HttpContext http, JsonBody json, DraftRequests drafts, CancellationToken cancellation)
    {
        var body = await json.ReadAsync<LintRequestBody>(http.Request, cancellation);
        var result = drafts.Lint(body);
        RequestLog.NoteRules(http, result.Diagnostics);
        return WireJson.Ok(LintResponse.From(result), EtiquetteJsonContext.Default.LintResponse);
    }

    private static async ValueTask<WireJsonResult<BatchResponse>> LintBatch(
        HttpContext http, JsonBody json, DraftRequests drafts, IOptions<EtiquetteOptions> options, CancellationToken cancellation)
    {
        var body = await json.ReadAsync<BatchRequestBody>(http.Request, cancellation);
        var max = options.Value.Limits.MaxBatchDrafts;
        if (body.Drafts is not { } list) throw ApiProblemException.BadRequest("drafts", "drafts is required and must be a list of lint requests.");
        if (list.Count > max) throw ApiProblemException.TooLarge("drafts", $"drafts has {list.Count} drafts; the limit is {max}.");

        var results = new LintResponse[list.Count];
        var rules = new List<Core.Diagnostics.Diagnostic>();
        for (var i = 0; i < list.Count; i++)
        {
            var draft = list[i] ?? throw ApiProblemException.BadRequest($"drafts[{i}]", $"drafts[{i}] must be a lint request object.");
            var result = drafts.Lint(draft, $"drafts[{i}].");
            rules.AddRange(result.Diagnostics);
            results[i] = LintResponse.From(result);
        }

        RequestLog.NoteRules(http, rules);
        return WireJson.Ok(new BatchResponse(results), EtiquetteJsonContext.Default.BatchResponse);
    }

    private static async ValueTask<WireJsonResult<FixResponse>> Fix(HttpContext http, JsonBody json, DraftRequests drafts, CancellationToken cancellation)
    {
        var body = await json.ReadAsync<FixRequestBody>(http.Request, cancellation);
        var fixedDraft = drafts.Fix(body);
        RequestLog.NoteRules(http, fixedDraft.Outcome.Applied);
        return WireJson.Ok(FixResponses.From(fixedDraft), EtiquetteJsonContext.Default.FixResponse);
    }
}
