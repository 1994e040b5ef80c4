using System.Security.Cryptography;
using System.Text;

namespace Etiquette.Core.Access;

/// <summary>
/// The API key contract between <c>etiquette keys create</c>, the service and its clients: keys travel in
/// <see cref="Header"/>, and configuration holds only their SHA-256 hash, so a leaked configuration file leaks no key.
/// </summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public const string Prefix = "etq_";

    /// <summary>The roles a key can have, each allowed what the ones before it are.</summary>
    public static readonly IReadOnlyList<string> Roles = ["agent", "trainer", "admin"];

    /// <summary>A new key: the prefix (so scanners can spot a leaked one) and 256 random bits, URL-safe.</summary>
    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lower-case hexadecimal SHA-256 of the key's UTF-8 bytes: what configuration stores.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
