using System.CommandLine;
using System.Text.Json;
using Etiquette.Core.Access;

namespace Etiquette.Cli.Commands;

/// <summary>
/// <c>etiquette keys create --role R</c>: a new random API key for the HTTP service, and the configuration entry that
/// lets it in. The service stores only the key's hash, so the key is shown this once.
/// </summary>
internal sealed class KeysCommand
{
    private readonly CliContext _context;

    private readonly Option<string> _role = new("--role")
    {
        Description = $"What the key may do: {string.Join(", ", ApiKeys.Roles)} (each role may do what the ones before it may).",
        HelpName = "ROLE",
        Required = true,
    };

    private readonly Option<string?> _name = new("--name")
    {
        Description = "Who holds the key, as request logs and stored feedback will name it (default: the role and the start of the key's hash).",
        HelpName = "NAME",
    };

    private KeysCommand(CliContext context)
    {
        _context = context;
        _role.AcceptOnlyFromAmong([.. ApiKeys.Roles]);
    }

    public static Command Create(CliContext context)
    {
        var keys = new KeysCommand(context);
        var create = new Command("create", "Print a new API key and the line to add to the service's Etiquette:ApiKeys configuration.");
        create.Options.Add(keys._role);
        create.Options.Add(keys._name);
        create.SetAction(keys.Run);
        var command = new Command("keys", "Manage API keys of the HTTP service.");
        command.Subcommands.Add(create);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var role = parse.GetValue(_role)!;
        var key = ApiKeys.Create();
        var hash = ApiKeys.Hash(key);
        var name = parse.GetValue(_name) ?? $"{role}-{hash[..8]}";
        var entry = JsonSerializer.Serialize(new Dictionary<string, string> { ["Name"] = name, ["Role"] = role, ["Sha256"] = hash });

        var output = _context.Out;
        output.WriteLine($"key: {key}");
        output.WriteLine($"config: {entry}");
        output.WriteLine($"Give the key to its holder (it is not stored and cannot be shown again); add the config entry to \"Etiquette\": {{ \"ApiKeys\": [ … ] }}.");
        return ExitCodes.Clean;
    }
}
