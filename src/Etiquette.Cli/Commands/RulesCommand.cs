using System.CommandLine;
using Etiquette.Cli.Output;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Commands;

/// <summary><c>etiquette rules</c>: the rule catalog, as columns or as the <c>GET /v1/rules</c> JSON.</summary>
internal sealed class RulesCommand
{
    private readonly CliContext _context;
    private readonly Option<OutputFormat> _format = OutputFormats.Option(OutputFormat.Text, OutputFormat.Json);

    private RulesCommand(CliContext context) => _context = context;

    public static Command Create(CliContext context)
    {
        var rules = new RulesCommand(context);
        var command = new Command("rules", "List the rule catalog: id, default severity, category and title.");
        command.Options.Add(rules._format);
        command.SetAction(rules.Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var descriptors = _context.Linter.Rules.Descriptors;
        if (parse.GetValue(_format) == OutputFormat.Json)
            CliJson.Write<IReadOnlyList<RuleModel>>(_context.Out, descriptors.Select(RuleModel.From).ToArray());
        else
            RulesReport.Write(_context.CreateConsole(), descriptors);
        return ExitCodes.Clean;
    }
}
