using System.CommandLine;
using Etiquette.Cli.Batch;
using Etiquette.Cli.Input;
using Etiquette.Cli.Output;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Commands;

/// <summary><c>etiquette lint</c>: report what to mend in one draft, or in a JSON-lines batch of requests.</summary>
internal sealed class LintCommand
{
    private readonly CliContext _context;
    private readonly DraftOptions _draft = new();
    private readonly ServerOptions _server = new();
    private readonly Option<OutputFormat> _format = OutputFormats.Option(OutputFormat.Text, OutputFormat.Json, OutputFormat.Sarif, OutputFormat.Jsonl);

    private readonly Option<string?> _input = new("--input")
    {
        Description = "A file of /v1/lint request bodies, one JSON object a line ('-' for standard input); needs --format jsonl.",
        HelpName = "FILE",
    };

    private LintCommand(CliContext context) => _context = context;

    public static Command Create(CliContext context)
    {
        var lint = new LintCommand(context);
        var command = new Command("lint", "Check a draft reply. Exit code 0: no errors; 1: errors found; 2: bad usage.");
        lint._draft.AddTo(command);
        command.Options.Add(lint._format);
        command.Options.Add(lint._input);
        lint._server.AddTo(command);
        command.SetAction(lint.Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var format = parse.GetValue(_format);
        using var client = _server.Connect(parse, _context);
        if (parse.GetValue(_input) is { } input)
        {
            if (client is not null) throw new UsageException("--input lints in-process: leave out --server.");
            return RunBatch(parse, input, format);
        }

        if (client is not null)
        {
            if (format == OutputFormat.Sarif) throw new UsageException("--format sarif describes the local rule catalog: leave out --server.");
            var (body, remoteDraft) = _draft.ReadBody<LintRequestBody>(parse, _context);
            return Write(format, remoteDraft.Text, ServerOptions.Call(() => client.LintAsync(body)));
        }

        var (request, profile, draft) = _draft.Read(parse, _context);
        var result = _context.Linter.Lint(request, profile);
        if (format == OutputFormat.Sarif)
        {
            SarifReport.Write(_context.Out, result, _context.Linter.Rules, draft.ArtifactUri);
            return ExitCodeOf(LintResponse.From(result));
        }

        return Write(format, result.Text, LintResponse.From(result));
    }

    private int Write(OutputFormat format, string text, LintResponse response)
    {
        switch (format)
        {
            case OutputFormat.Json:
                CliJson.Write(_context.Out, response);
                break;
            case OutputFormat.Jsonl:
                CliJson.WriteLine(_context.Out, response);
                break;
            default:
                TextReport.Write(_context.CreateConsole(), text, response);
                break;
        }

        return ExitCodeOf(response);
    }

    private int RunBatch(ParseResult parse, string input, OutputFormat format)
    {
        if (format != OutputFormat.Jsonl) throw new UsageException("--input reads JSON lines and writes JSON lines: add --format jsonl.");
        if (parse.GetValue(_draft.Text) is not null || parse.GetValue(_draft.File) is not null)
            throw new UsageException("--input takes the drafts from its lines: give no text or --file with it.");
        if (parse.GetValue(_draft.Conversation) is not null)
            throw new UsageException("--input lines carry their own conversation: give no --conversation with it.");

        var linter = _context.Linter;
        var batch = new JsonLinesLinter(
            linter,
            Profiles.Resolve(linter, parse.GetValue(_draft.Profile)),
            RuleIds.Parse(parse.GetValue(_draft.Suppress), linter.Rules, "--suppress"));
        if (input == "-") return batch.Run(_context.In, _context.Out);
        using var reader = Files.Open(input, "--input");
        return batch.Run(reader, _context.Out);
    }

    private static int ExitCodeOf(LintResponse response) =>
        response.Summary.Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Clean;
}
