using Etiquette.Api.Security;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Etiquette.Api.Endpoints;

/// <summary><c>/v1/rules</c>: the rule catalog.</summary>
public static class RuleEndpoints
{
    public static RouteGroupBuilder MapRuleEndpoints(this RouteGroupBuilder v1)
    {
        var rules = v1.MapGroup("/rules").WithTags("Rules").RequireAuthorization(ApiAccess.AgentPolicy).WithAccessErrors();
        rules.MapGet("", List)
            .WithName("ListRules")
            .WithSummary("List the rule catalog")
            .WithDescription("Every rule: id (stable forever), title, category, default severity, whether it is on by default, description, message format and help link.");
        return rules;
    }

    private static Ok<IReadOnlyList<RuleModel>> List(Linter linter) =>
        TypedResults.Ok<IReadOnlyList<RuleModel>>(linter.Rules.Descriptors.Select(RuleModel.From).ToArray());
}
