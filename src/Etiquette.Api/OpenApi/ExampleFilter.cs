using System.Text.Json;
using System.Text.Json.Nodes;
using Etiquette.Api.Requests;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Etiquette.Api.OpenApi;

/// <summary>
/// Request and response examples for the OpenAPI document. The responses are not written by hand: they are what the
/// running service answers to the example requests, so the document cannot drift from the engine.
/// </summary>
public sealed class ExampleFilter(DraftRequests drafts, Linter linter) : IOperationFilter
{
    private const string LintExample = """{ "text": "Thx for waiting!! ur refund is done 😀", "profile": "default" }""";

    private const string BatchExample = """
        { "drafts": [
          { "text": "Pls hold on.", "profile": "formal" },
          { "text": "Your refund is done.", "suppress": ["ETQ204"] }
        ] }
        """;

    private const string FixExample = """{ "text": "Thx, ur order has shipped!!", "only": ["ETQ205"] }""";

    private const string FeedbackExample =
        """{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 }, "action": "dismissed", "comment": "The customer wrote 'thx' first." }""";

    private static readonly JsonSerializerOptions Json = EtiquetteJson.Options;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        switch (operation.OperationId)
        {
            case "Lint":
                Set(operation, LintExample, "200", LintResponse.From(drafts.Lint(Parse<LintRequestBody>(LintExample))));
                break;
            case "LintBatch":
                var batch = Parse<BatchRequestBody>(BatchExample).Drafts!.Select(d => LintResponse.From(drafts.Lint(d!))).ToArray();
                Set(operation, BatchExample, "200", new BatchResponse(batch));
                break;
            case "Fix":
                Set(operation, FixExample, "200", FixResponses.From(drafts.Fix(Parse<FixRequestBody>(FixExample))));
                break;
            case "SendFeedback":
                Set(operation, FeedbackExample, "201", new FeedbackReceipt(1, false));
                break;
            case "ListRules":
                Set<IReadOnlyList<RuleModel>>(operation, null, "200", linter.Rules.Descriptors.Select(RuleModel.From).ToArray());
                break;
            case "ListProfiles":
                Set<IReadOnlyList<ProfileSummary>>(operation, null, "200", linter.Profiles.All.Select(p => new ProfileSummary(p.Name, p.Description)).ToArray());
                break;
            case "GetProfile":
                Set(operation, null, "200", linter.Profiles.Default.Document);
                break;
        }
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    private static void Set<TResponse>(OpenApiOperation operation, string? request, string status, TResponse response)
    {
        if (request is not null && operation.RequestBody?.Content is { } requestContent)
            foreach (var media in requestContent.Values.OfType<OpenApiMediaType>())
                media.Example = JsonNode.Parse(request);
        if (operation.Responses?.GetValueOrDefault(status)?.Content is { } responseContent)
            foreach (var media in responseContent.Values.OfType<OpenApiMediaType>())
                media.Example = JsonSerializer.SerializeToNode(response, Json);
    }
}
