using System.CommandLine;
using Etiquette.Cli.Input;
using Etiquette.Cli.Output;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Commands;

/// <summary><c>etiquette fix</c>: apply the first fix of every diagnostic (or of the chosen rules) and print the mended draft.</summary>
internal sealed class FixCommand
{
    private readonly CliContext _context;
    private readonly DraftOptions _draft = new();
    private readonly ServerOptions _server = new();
    private readonly Option<OutputFormat> _format = OutputFormats.Option(OutputFormat.Text, OutputFormat.Json);

    private readonly Option<string[]> _only = new("--only")
    {
        Description = "Apply only the fixes of these rule ids (several, or comma-separated).",
        HelpName = "ID",
        AllowMultipleArgumentsPerToken = true,
    };

    private FixCommand(CliContext context) => _context = context;

    public static Command Create(CliContext context)
    {
        var fix = new FixCommand(context);
        var command = new Command("fix", "Apply the suggested fixes and print the mended draft (JSON: the draft, the fixes applied and what remains).");
        fix._draft.AddTo(command);
        command.Options.Add(fix._only);
        command.Options.Add(fix._format);
        fix._server.AddTo(command);
        command.SetAction(fix.Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        using var client = _server.Connect(parse, _context);
        FixResponse response;
        if (client is not null)
        {
            var (body, _) = _draft.ReadBody<FixRequestBody>(parse, _context);
            body.Only = RuleIds.Split(parse.GetValue(_only)).ToList();
            response = ServerOptions.Call(() => client.FixAsync(body));
        }
        else
        {
            var linter = _context.Linter;
            var only = RuleIds.Parse(parse.GetValue(_only), linter.Rules, "--only");
            var (request, profile, _) = _draft.Read(parse, _context);
            response = FixResponses.From(linter.Fix(request, profile, only));
        }

        if (parse.GetValue(_format) == OutputFormat.Json)
        {
            CliJson.Write(_context.Out, response);
        }
        else
        {
            _context.Out.Write(response.Text);
            if (!response.Text.EndsWith('\n')) _context.Out.WriteLine();
        }

        return ExitCodes.Clean;
    }
}
