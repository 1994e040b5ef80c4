using Etiquette.Api.Security;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Etiquette.Api.Endpoints;

/// <summary><c>/v1/profiles</c>: the profiles a request may name, and their settings.</summary>
public static class ProfileEndpoints
{
    public static RouteGroupBuilder MapProfileEndpoints(this RouteGroupBuilder v1)
    {
        var profiles = v1.MapGroup("/profiles").WithTags("Profiles").RequireAuthorization(ApiAccess.AgentPolicy).WithAccessErrors();
        profiles.MapGet("", List)
            .WithName("ListProfiles")
            .WithSummary("List the profiles")
            .WithDescription("The built-in profiles (default, formal, casual) and those of the configured profile folder.");
        profiles.MapGet("/{name}", Get)
            .WithName("GetProfile")
            .WithSummary("Show one profile's settings")
            .WithDescription("The profile as JSON, resolved against the default profile: rule severities, brand voice, lexicon changes, send guard and limits.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return profiles;
    }

    private static Ok<IReadOnlyList<ProfileSummary>> List(Linter linter) =>
        TypedResults.Ok<IReadOnlyList<ProfileSummary>>(linter.Profiles.All.Select(p => new ProfileSummary(p.Name, p.Description)).ToArray());

    private static Results<Ok<ProfileDocument>, ProblemHttpResult> Get(string name, Linter linter) =>
        linter.Profiles.TryGet(name, out var profile)
            ? TypedResults.Ok(profile.Document)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"There is no profile named '{name}'; known profiles are {string.Join(", ", linter.Profiles.All.Select(p => p.Name))}.");
}
