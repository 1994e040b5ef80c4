using System.Net;
using System.Threading.RateLimiting;
using Etiquette.Api.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Security;

/// <summary>Whose budget a request spends: its API key's, or without a key its address's.</summary>
public readonly record struct RateLimitClient(string? KeyName, IPAddress? Address);

/// <summary>
/// One budget per API key; requests without a key share one per address. The partition key is a value and the window
/// settings are read once, so telling a request's partition apart allocates nothing on the way to every /v1 endpoint.
/// </summary>
public sealed class PerClientRateLimit : IRateLimiterPolicy<RateLimitClient>
{
    private readonly Func<RateLimitClient, FixedWindowRateLimiterOptions> _window;

    public PerClientRateLimit(IOptions<EtiquetteOptions> options)
    {
        var limits = options.Value.RateLimit;
        _window = _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 };
    }

    /// <summary>None of its own: the limiter's shared problem-details answer applies.</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<RateLimitClient> GetPartition(HttpContext httpContext)
    {
        var client = httpContext.User.Identity?.Name is { } name
            ? new RateLimitClient(name, null)
            : new RateLimitClient(null, httpContext.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter(client, _window);
    }
}
