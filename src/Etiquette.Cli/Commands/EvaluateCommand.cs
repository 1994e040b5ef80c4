using System.CommandLine;
using Etiquette.Cli.Input;
using Etiquette.Cli.Output;
using Etiquette.Learning;

namespace Etiquette.Cli.Commands;

/// <summary><c>etiquette evaluate</c>: scores a model on labelled JSONL; rows lacking a head's label are skipped for that head.</summary>
internal sealed class EvaluateCommand
{
    private readonly CliContext _context;
    private readonly Option<string> _data = new("--data") { Description = "Labelled JSONL to score on.", HelpName = "FILE", Required = true };
    private readonly Option<string?> _model = new("--model") { Description = "The model archive (default: the shipped model).", HelpName = "PATH" };
    private readonly Option<OutputFormat> _format = OutputFormats.Option(OutputFormat.Text, OutputFormat.Json);

    private EvaluateCommand(CliContext context) => _context = context;

    public static Command Create(CliContext context)
    {
        var evaluate = new EvaluateCommand(context);
        var command = new Command("evaluate", "Score a classifier model on labelled data: accuracy, macro-F1, per-class metrics, confusion matrices.");
        command.Options.Add(evaluate._data);
        command.Options.Add(evaluate._model);
        command.Options.Add(evaluate._format);
        command.SetAction(evaluate.Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var model = ModelFiles.Load(parse.GetValue(_model) ?? ModelFiles.ShippedPath, "--model");
        var rows = TrainingData.ReadFile(parse.GetValue(_data)!, "--data");
        var heads = Evaluator.Evaluate(model, rows);
        if (parse.GetValue(_format) == OutputFormat.Json)
            CliJson.Write(_context.Out, EvaluationReport.From(model.ModelVersion, rows.Count, heads));
        else
            MetricsTable.Write(_context.CreateConsole(), $"model {model.ModelVersion} on {rows.Count} rows", heads);
        return ExitCodes.Clean;
    }
}
