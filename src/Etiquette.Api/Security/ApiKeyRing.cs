using System.Security.Cryptography;
using System.Text;
using Etiquette.Api.Options;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Security;

/// <summary>A configured API key: who holds it and what it may do. The key itself is never stored, only its hash.</summary>
public sealed record ApiKey(string Name, ApiRole Role);

/// <summary>The configured keys, looked up by the SHA-256 hash of the key a request presents.</summary>
public sealed class ApiKeyRing
{
    public const string Header = "X-Api-Key";

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
    public ApiKey? Find(string presented) => _byHash.GetValueOrDefault(Hash(presented));

    /// <summary>The lower-case hexadecimal SHA-256 of a key's UTF-8 bytes: what configuration stores.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
