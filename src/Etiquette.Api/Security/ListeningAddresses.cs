using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Etiquette.Api.Security;

/// <summary>Whether the service can be reached only from this machine: every address it listens on is a loopback one.</summary>
public sealed class ListeningAddresses(IServer server, IConfiguration configuration)
{
    private readonly Lazy<bool> _loopbackOnly = new(() => AllLoopback(Addresses(server, configuration)));

    /// <summary>Read once, on the first request: by then the server has bound its addresses.</summary>
    public bool LoopbackOnly => _loopbackOnly.Value;

    /// <summary>The server's bound addresses; a server that reports none (an in-memory test server) is taken at its configured <c>urls</c>.</summary>
    private static IReadOnlyCollection<string> Addresses(IServer server, IConfiguration configuration)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (bound is { Count: > 0 }) return bound.ToArray();
        return (configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static bool AllLoopback(IReadOnlyCollection<string> addresses) => addresses.Count > 0 && addresses.All(IsLoopback);

    /// <summary>"http://localhost:5080", "http://127.0.0.1:5080" and "http://[::1]:5080" are; "http://0.0.0.0:5080", "http://*:80" are not.</summary>
    public static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string HostOf(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? address : address[(start + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
        return end <= 0 ? rest : rest[..end];
    }
}
