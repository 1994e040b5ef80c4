using System.CommandLine;
using System.Globalization;
using Etiquette.Cli.Input;
using Etiquette.Cli.Output;
using Etiquette.Learning;
using Etiquette.Learning.Datasets;
using Spectre.Console;

namespace Etiquette.Cli.Commands;

/// <summary>
/// <c>etiquette train</c>: trains the classifier on labelled JSONL (plus, optionally, the public datasets), scores it on a
/// held-out file, cross-validates, and writes the model archive and its model card.
/// </summary>
internal sealed class TrainCommand
{
    private readonly CliContext _context;

    private readonly Option<string[]> _data = new("--data")
    {
        Description = "Labelled JSONL files or folders of them ({\"text\", \"tone\", \"casualness\", \"jargon\"}; labels optional).",
        HelpName = "FILE|DIR",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string> _out = new("--out") { Description = "Where to write the model archive.", HelpName = "PATH", Required = true };
    private readonly Option<string?> _test = new("--test") { Description = "A held-out JSONL file to score the model on (never trained on).", HelpName = "FILE" };
    private readonly Option<int> _cv = new("--cv") { Description = "Stratified k-fold cross-validation over the training rows (0: none).", HelpName = "K" };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed for sampling public rows and for the folds.", DefaultValueFactory = _ => 7 };

    private readonly Option<string?> _publicData = new("--public-data")
    {
        Description = "The shared public datasets folder: its rows join the training rows, and its spoken-English word counts give each word's rarity (read at training time, never copied).",
        HelpName = "DIR",
    };

    private readonly Option<int> _publicRows = new("--public-rows")
    {
        Description = "At most this many rows from each public dataset.",
        DefaultValueFactory = _ => 300,
    };

    private readonly Option<double> _publicWeight = new("--public-weight")
    {
        Description = "How much each public row counts in training against one of your rows (1); they come from other domains.",
        HelpName = "W",
        DefaultValueFactory = _ => 0.1,
    };

    private readonly Option<string[]> _l2 = new("--l2")
    {
        Description = "L2 regularisation strength: a number for every head, HEAD=number for one head; later entries win.",
        HelpName = "λ|HEAD=λ",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["1e-5", "jargon=3e-5"],
    };
    private readonly Option<string?> _card = new("--card") { Description = "Write the model card (Markdown) here.", HelpName = "PATH" };

    private readonly Option<string?> _cardNotes = new("--card-notes")
    {
        Description = "The card's hand-written sections: Markdown with '## Data recipe' and '## Known limitations'.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _rowsOut = new("--rows-out")
    {
        Description = "Also write the exact training rows (JSONL), so another system can be trained on the same data.",
        HelpName = "PATH",
    };

    private TrainCommand(CliContext context) => _context = context;

    public static Command Create(CliContext context)
    {
        var train = new TrainCommand(context);
        var command = new Command("train", "Train the tone, casualness and jargon classifier and write a model archive.");
        foreach (var option in new Option[] { train._data, train._out, train._test, train._cv, train._seed, train._publicData, train._publicRows, train._publicWeight, train._l2, train._card, train._cardNotes, train._rowsOut })
            command.Options.Add(option);
        command.SetAction(train.Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var options = WithRegularization(new TrainerOptions(), parse.GetValue(_l2)!);
        if (options.Problem() is { } problem) throw new UsageException($"--l2: {problem}");
        var publicWeight = parse.GetValue(_publicWeight);
        if (!LabelledRow.IsUsableWeight(publicWeight))
            throw new UsageException($"--public-weight: {publicWeight.ToString(CultureInfo.InvariantCulture)} must be positive and finite.");
        var folds = parse.GetValue(_cv);
        if (folds is 1 or < 0) throw new UsageException("--cv: use 0 (none) or at least 2 folds.");
        var cardNotes = ReadCardNotes(parse);

        var console = _context.CreateConsole();
        var seed = parse.GetValue(_seed);
        var rows = TrainingData.Read(parse.GetValue(_data)!, "--data").ToList();
        var sources = new List<(string Source, int Rows)> { ("labelled files", rows.Count) };
        if (parse.GetValue(_publicData) is { } publicFolder)
        {
            var publicRows = ReadPublic(publicFolder, parse.GetValue(_publicRows), seed);
            rows.AddRange(publicRows.Select(r => r.Row with { Weight = publicWeight }));
            sources.AddRange(publicRows.GroupBy(r => r.Source).Select(g => ($"{g.Key} (weight {publicWeight.ToString(CultureInfo.InvariantCulture)})", g.Count())));
            options = options with { WordFrequencies = ReadPublic(() => PublicDatasets.ReadWordFrequencies(publicFolder)) };
        }

        if (parse.GetValue(_rowsOut) is { } rowsOut) LabelledRows.Write(rowsOut, rows);
        var test = parse.GetValue(_test) is { } testFile ? TrainingData.ReadFile(testFile, "--test") : null;

        foreach (var (source, count) in sources) console.MarkupLineInterpolated($"[grey]{source}:[/] {count:N0} rows");
        if (options.WordFrequencies.Count > 0) console.MarkupLineInterpolated($"[grey]word rarity:[/] {options.WordFrequencies.Count:N0} words");
        CrossValidationResult? crossValidation = null;
        TrainedModel model = null!;
        RunWithProgress(console, status =>
        {
            var progress = new Progress<TrainingProgress>(p => status($"training {p.Head}{(p.Fold is { } f ? $" (fold {f})" : "")}: step {p.Evaluation}, loss {p.Objective:F4}"));
            if (folds >= 2) crossValidation = CrossValidation.Run(rows, folds, options, seed, progress);
            model = Trainer.Train(rows, options, progress);
        });

        var heldOut = test is null ? null : Evaluator.Evaluate(model, test);
        var evaluation = heldOut is not null
            ? new ModelEvaluation($"held-out test split ({test!.Count} rows)", heldOut, crossValidation?.ToEvaluation().Folds)
            : crossValidation?.ToEvaluation();
        if (evaluation is not null) model = model.WithEvaluation(evaluation);
        var outPath = parse.GetValue(_out)!;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        model.Save(outPath);

        if (heldOut is not null) MetricsTable.Write(console, $"held-out {Path.GetFileName(parse.GetValue(_test))}", heldOut);
        if (crossValidation is not null) MetricsTable.Write(console, $"{folds}-fold cross-validation", crossValidation.Heads.Select(h => h.OutOfFold).ToList(), crossValidation);
        if (cardNotes is not null)
        {
            var command = "etiquette " + string.Join(' ', parse.Tokens.Select(t => t.Value));
            File.WriteAllText(parse.GetValue(_card)!, ModelCard.Render(model, command, cardNotes, parse.GetValue(_test)!, heldOut!, crossValidation));
        }

        console.MarkupLineInterpolated($"model [bold]{model.ModelVersion}[/] written to {outPath} ({new FileInfo(outPath).Length / 1024:N0} KiB)");
        return ExitCodes.Clean;
    }

    /// <summary><paramref name="options"/> with λ from <c>--l2</c> entries: "1e-5" for every head, "jargon=3e-5" for one.</summary>
    private static TrainerOptions WithRegularization(TrainerOptions options, IEnumerable<string> entries)
    {
        var byHead = new Dictionary<string, double>();
        foreach (var entry in entries)
        {
            var (head, value) = entry.IndexOf('=') is var equals and >= 0 ? (entry[..equals], entry[(equals + 1)..]) : (null, entry);
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var l2Regularization))
                throw new UsageException($"--l2: '{entry}' is neither a number nor HEAD=number.");
            if (head is null)
            {
                options = options with { L2Regularization = l2Regularization };
                byHead.Clear();
            }
            else
            {
                byHead[head] = l2Regularization;
            }
        }

        return options with { HeadL2Regularization = new HeadL2Overrides(byHead) };
    }

    private static IReadOnlyList<SourcedRow> ReadPublic(string folder, int perSource, int seed)
    {
        if (perSource < 1) throw new UsageException("--public-rows: use at least 1.");
        return ReadPublic(() => PublicDatasets.Read(folder, perSource, seed));
    }

    private static T ReadPublic<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException($"--public-data: {e.Message}", e);
        }
    }

    /// <summary>Checked before training, so a mistake costs no training run: the card's sections, or null without <c>--card</c>.</summary>
    private ModelCardNotes? ReadCardNotes(ParseResult parse)
    {
        var notesPath = parse.GetValue(_cardNotes);
        if (parse.GetValue(_card) is null)
            return notesPath is null ? null : throw new UsageException("--card-notes needs --card: the notes go into a model card.");
        if (parse.GetValue(_test) is null) throw new UsageException("--card needs --test: the card reports held-out quality.");
        if (notesPath is null) return ModelCardNotes.Undescribed;
        try
        {
            return ModelCardNotes.Parse(File.ReadAllText(notesPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"--card-notes: {e.Message}", e);
        }
    }

    /// <summary>A live status line on a terminal; nothing but the final tables when the output is a file or pipe.</summary>
    private void RunWithProgress(IAnsiConsole console, Action<Action<string>> work)
    {
        if (!_context.Terminal.OutputIsTerminal)
        {
            work(_ => { });
            return;
        }

        console.Status().Start("training…", status => work(text => status.Status(text)));
    }
}
