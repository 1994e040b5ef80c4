using System.CommandLine;
using System.CommandLine.Invocation;
using Etiquette.Cli.Commands;
using Etiquette.Cli.Input;
using Etiquette.Client;
using Etiquette.Core.Engine;
using Etiquette.Rules;

namespace Etiquette.Cli;

/// <summary>The <c>etiquette</c> command line, callable in-process: streams in, exit code out.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, Terminal.Detect(stdin, stdout));

    /// <param name="linter">The engine to lint with; the full built-in catalog when null.</param>
    /// <param name="connect">How <c>--server</c> reaches a service; over the network when null.</param>
    public static int Run(
        string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Terminal terminal, Linter? linter = null,
        Func<EtiquetteClientOptions, EtiquetteClient>? connect = null)
    {
        var context = new CliContext(stdin, stdout, terminal, () => linter ?? EtiquetteRules.CreateLinter(classifier: ModelFiles.LoadShipped(stderr)), connect ?? (options => new EtiquetteClient(options)));
        var root = new RootCommand("Etiquette: checks customer-service chat replies the way a compiler checks code.");
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(FixCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
            return Fail(stderr, $"{string.Join(" ", parse.Errors.Select(e => e.Message))} See 'etiquette --help'.");
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    /// <summary>One line on standard error, so that a script's log shows the reason next to the exit code.</summary>
    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("etiquette: " + message.ReplaceLineEndings(" "));
        return ExitCodes.BadUsage;
    }
}
