using System.Security.Claims;
using System.Text.Encodings.Web;
using Etiquette.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Security;

/// <summary>
/// Authenticates the key in <c>X-Api-Key</c>. No header: anonymous (an open endpoint may still let the request in);
/// an unknown key: failed, whatever the endpoint. Refusals are answered with problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRing keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyRing.Header, out var presented) || presented.Count == 0)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (presented.Count > 1 || keys.Find(presented.ToString()) is not { } key)
            return Task.FromResult(AuthenticateResult.Fail("The API key is not known."));

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role.Name())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeyRing.Header}\"";
        var detail = Request.Headers.ContainsKey(ApiKeyRing.Header)
            ? $"The API key in {ApiKeyRing.Header} is not known."
            : $"This endpoint needs an API key in the {ApiKeyRing.Header} header.";
        return Refuse(StatusCodes.Status401Unauthorized, "An API key is needed", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Refuse(StatusCodes.Status403Forbidden, "The API key may not do this",
            $"This endpoint needs a key with another role than '{Context.User.FindFirstValue(ClaimTypes.Role)}'.");

    private async Task Refuse(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = ProblemExceptionHandler.Problem(status, title, detail, null),
        });
    }
}
