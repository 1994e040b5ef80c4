using Etiquette.Api.Classification;
using Etiquette.Api.Errors;
using Etiquette.Api.Options;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Requests;

/// <summary>
/// Turns request bodies into lint requests and runs them through the engine with the guarded classifier. Every field
/// error is reported with the field's name as the request spells it (inside a batch: <c>drafts[3].profile</c>).
/// </summary>
public sealed class DraftRequests(Linter linter, ClassifierGuard classifier, IOptions<EtiquetteOptions> options)
{
    private readonly LimitOptions _limits = options.Value.Limits;

    public LintResult Lint(LintRequestBody body, string fieldPrefix = "")
    {
        var (request, profile) = Resolve(body, fieldPrefix);
        return linter.Lint(request, profile, classifier.Step);
    }

    public FixedDraft Fix(FixRequestBody body)
    {
        var (request, profile) = Resolve(body, "");
        return linter.Fix(request, profile, RuleIds(body.Only, "only"), classifier.Step);
    }

    private (LintRequest Request, Profile Profile) Resolve(LintRequestBody body, string prefix)
    {
        if (body.Text?.Length > _limits.MaxTextLength)
            throw ApiProblemException.TooLarge(prefix + "text", $"{prefix}text has {body.Text.Length} characters; the limit is {_limits.MaxTextLength}.");
        LintRequest request;
        try
        {
            request = body.Validate();
        }
        catch (RequestValidationException e)
        {
            throw ApiProblemException.BadRequest(prefix + e.Field, prefix.Length == 0 ? e.Message : $"{prefix.TrimEnd('.')}: {e.Message}");
        }

        RuleIds(request.Suppress, prefix + "suppress");
        try
        {
            return (request, linter.ResolveProfile(request.Profile));
        }
        catch (UnknownProfileException e)
        {
            throw ApiProblemException.BadRequest(prefix + "profile", e.Message);
        }
    }

    /// <summary>Rule ids of the catalog; an unknown one is a 400 naming <paramref name="field"/>.</summary>
    private IReadOnlyCollection<string> RuleIds(IReadOnlyCollection<string>? ids, string field)
    {
        if (ids is null || ids.Count == 0) return [];
        var unknown = ids.Where(id => id is null || !linter.Rules.HasRule(id)).ToList();
        if (unknown.Count > 0)
            throw ApiProblemException.BadRequest(field, $"{field} names no rule of the catalog: {string.Join(", ", unknown.Select(id => id ?? "null"))}. GET /v1/rules lists them.");
        return ids;
    }
}
