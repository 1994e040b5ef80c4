using Etiquette.Core.Engine;

namespace Etiquette.Core.Serialization;

/// <summary><c>POST /v1/fix</c>: a lint request plus the rule ids whose fixes to apply (all when <see cref="Only"/> is empty).</summary>
public sealed class FixRequestBody : LintRequestBody
{
    public List<string>? Only { get; set; }
}

/// <summary><c>POST /v1/lint/batch</c>: several lint requests, answered in the same order.</summary>
public sealed class BatchRequestBody
{
    public List<LintRequestBody?>? Drafts { get; set; }
}

public sealed record BatchResponse(IReadOnlyList<LintResponse> Results);

/// <summary>
/// <c>POST /v1/feedback</c>: what an agent did with a diagnostic. <see cref="Text"/> is the draft, sent only when the agent
/// agreed to share it; it is stored with its data-protection findings masked.
/// </summary>
public sealed class FeedbackRequestBody
{
    public string? RuleId { get; set; }
    public SpanModel? Span { get; set; }
    public string? Action { get; set; }
    public string? Comment { get; set; }
    public string? Text { get; set; }
    public string? Profile { get; set; }
}

/// <summary>The stored feedback's id, and whether the draft was kept (masked).</summary>
public sealed record FeedbackReceipt(long Id, bool TextStored);

/// <summary>A stored piece of feedback, as trainers read it back (<c>GET /v1/feedback</c>).</summary>
public sealed record FeedbackModel(
    long Id,
    DateTimeOffset ReceivedAt,
    string RuleId,
    SpanModel Span,
    string Action,
    string? Comment,
    string? Text,
    string? Profile,
    string? Client);

public sealed record FeedbackPage(IReadOnlyList<FeedbackModel> Items);

/// <summary>A profile as <c>GET /v1/profiles</c> lists it.</summary>
public sealed record ProfileSummary(string Name, string Description);

public static class FixResponses
{
    public static FixResponse From(FixedDraft fixedDraft) => new(
        fixedDraft.Outcome.Text, fixedDraft.Outcome.Applied.Select(d => d.Id).ToArray(), LintResponse.From(fixedDraft.Remaining));
}
