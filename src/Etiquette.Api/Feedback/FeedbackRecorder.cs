using Etiquette.Api.Errors;
using Etiquette.Api.Options;
using Etiquette.Api.Storage;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Feedback;

/// <summary>
/// Checks a piece of feedback and stores it. The draft is kept only when the client sent it (the agent opted in), and
/// then with its data-protection findings masked; the comment is masked the same way.
/// </summary>
public sealed class FeedbackRecorder(
    Linter linter, DataProtectionMasker masker, FeedbackStore store, TimeProvider time, IOptions<EtiquetteOptions> options)
{
    private readonly LimitOptions _limits = options.Value.Limits;

    public async Task<FeedbackReceipt> RecordAsync(FeedbackRequestBody body, string? client, CancellationToken cancellation)
    {
        var entry = EntryOf(body, client);
        var id = await store.AddAsync(entry, cancellation);
        return new FeedbackReceipt(id, entry.Text is not null);
    }

    /// <summary>The entry to store, once every field is checked; a bad one is a 400 (413 for an oversized text) naming it.</summary>
    private FeedbackEntry EntryOf(FeedbackRequestBody body, string? client)
    {
        if (body.RuleId is not { } ruleId || !linter.Rules.TryGetDescriptor(ruleId, out var rule))
            throw ApiProblemException.BadRequest("ruleId", "ruleId is required and must name a rule of the catalog (GET /v1/rules).");
        var action = body.Action?.ToLowerInvariant();
        if (action is not ("accepted" or "dismissed" or "reported"))
            throw ApiProblemException.BadRequest("action", "action is required and must be 'accepted', 'dismissed' or 'reported'.");
        if (body.Span is not { Start: >= 0, Length: >= 0 } span)
            throw ApiProblemException.BadRequest("span", "span is required: { start, length } with neither negative.");
        if (body.Text is { } text)
        {
            if (text.Length > _limits.MaxTextLength)
                throw ApiProblemException.TooLarge("text", $"text has {text.Length} characters; the limit is {_limits.MaxTextLength}.");
            var end = (long)span.Start + span.Length;
            if (end > text.Length)
                throw ApiProblemException.BadRequest("span", $"span ends at {end}, past the end of text ({text.Length} characters).");
        }

        if (body.Comment?.Length > _limits.MaxCommentLength)
            throw ApiProblemException.BadRequest("comment", $"comment has {body.Comment.Length} characters; the limit is {_limits.MaxCommentLength}.");
        if (body.Profile is { } profile && !linter.Profiles.TryGet(profile, out _))
            throw ApiProblemException.BadRequest("profile", $"There is no profile named '{profile}'.");

        return new FeedbackEntry(
            time.GetUtcNow(),
            rule.Id,
            span.Start,
            span.Length,
            action,
            body.Comment is null ? null : masker.Mask(body.Comment),
            body.Text is null ? null : masker.Mask(body.Text),
            body.Profile,
            client);
    }
}
