using Etiquette.Api.Options;
using Etiquette.Core.Access;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Security;

/// <summary>A configured API key: who holds it and what it may do. The key itself is never stored, only its hash.</summary>
public sealed record ApiKey(string Name, ApiRole Role);

/// <summary>The configured keys, looked up by the SHA-256 hash of the key a request presents.</summary>
public sealed class ApiKeyRing
{
    public const string Header = ApiKeys.Header;

    private readonly Dictionary<string, ApiKey> _byHash = new(StringComparer.OrdinalIgnoreCase);

    public ApiKeyRing(IOptions<EtiquetteOptions> options)
    {
        foreach (var key in options.Value.ApiKeys)
            _byHash[key.Sha256] = new ApiKey(key.Name, ApiRoles.Parse(key.Role));
        HasAgentKeys = _byHash.Values.Any(k => k.Role == ApiRole.Agent);
    }

    /// <summary>Whether any key has the agent role: without one, agent endpoints may be open on loopback.</summary>
    public bool HasAgentKeys { get; }

    /// <summary>
    /// The key whose hash matches. Comparing hashes rather than keys means a lookup's timing tells an attacker nothing
    /// about the key: they cannot steer the hash's bytes.
    /// </summary>
    public ApiKey? Find(string presented) => _byHash.GetValueOrDefault(ApiKeys.Hash(presented));
}
