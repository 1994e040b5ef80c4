using System.CommandLine;
using Etiquette.Client;

namespace Etiquette.Cli.Input;

/// <summary><c>--server URL</c> and <c>--api-key KEY</c>: lint on an Etiquette service instead of in-process.</summary>
internal sealed class ServerOptions
{
    public const string ApiKeyVariable = "ETIQUETTE_API_KEY";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = "Ask this Etiquette service (e.g. http://localhost:5080) instead of linting in-process; --profile then names one of its profiles.",
        HelpName = "URL",
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = $"The service's API key (default: the {ApiKeyVariable} environment variable).",
        HelpName = "KEY",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(ApiKey);
    }

    /// <summary>A client of the service named by <c>--server</c>; null when the command runs in-process.</summary>
    public EtiquetteClient? Connect(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(Server) is not { } server) return null;
        if (!Uri.TryCreate(server.EndsWith('/') ? server : server + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new UsageException($"--server: '{server}' is not an http or https URL.");
        var key = parse.GetValue(ApiKey) ?? context.Terminal.Environment.GetValueOrDefault(ApiKeyVariable);
        return context.Connect(new EtiquetteClientOptions { BaseAddress = address, ApiKey = string.IsNullOrEmpty(key) ? null : key });
    }

    /// <summary>Waits for the service; a refusal or no answer is a usage error with the service's own words.</summary>
    public static T Call<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (EtiquetteApiException e)
        {
            var field = e.Problem?.Field is { } name ? $"{name}: " : "";
            throw new UsageException($"--server answered {e.Status}: {field}{e.Message}", e);
        }
        catch (EtiquetteUnavailableException e)
        {
            throw new UsageException($"--server: {e.Message}", e);
        }
    }
}
