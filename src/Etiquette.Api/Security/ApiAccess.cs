using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Etiquette.Api.Security;

/// <summary>The authorization policies of the endpoints: one per role, named as the role.</summary>
public static class ApiAccess
{
    public const string AgentPolicy = ApiRoles.Agent;
    public const string TrainerPolicy = ApiRoles.Trainer;
    public const string AdminPolicy = ApiRoles.Admin;

    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<ApiRole>())
            options.AddPolicy(role.Name(), policy => policy.AddRequirements(new ApiRoleRequirement(role)));
    }
}

/// <summary>The request needs a key of <see cref="Minimum"/> or a higher role.</summary>
public sealed record ApiRoleRequirement(ApiRole Minimum) : IAuthorizationRequirement;

/// <summary>
/// Grants a request whose key has the role or a higher one. Agent endpoints are also open to requests without a key,
/// but only while no agent key is configured and the service listens on loopback addresses only: a service on one
/// machine for one person needs no set-up, and one that others can reach never runs open.
/// </summary>
public sealed class ApiRoleHandler(ApiKeyRing keys, ListeningAddresses addresses) : AuthorizationHandler<ApiRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiRoleRequirement requirement)
    {
        if (RoleOf(context.User) >= requirement.Minimum) context.Succeed(requirement);
        else if (requirement.Minimum == ApiRole.Agent && OpenWithoutKey(context)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private bool OpenWithoutKey(AuthorizationHandlerContext context) =>
        !keys.HasAgentKeys && addresses.LoopbackOnly && context.Resource is HttpContext http && !http.Request.Headers.ContainsKey(ApiKeyRing.Header);

    private static ApiRole? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.Role) is { } role ? ApiRoles.Parse(role) : null;
}
