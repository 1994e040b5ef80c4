using System.Globalization;
using Etiquette.Learning;
using Spectre.Console;

namespace Etiquette.Cli.Output;

/// <summary>Per-head quality as a table: accuracy, macro-F1, log-loss and each class's F1 (and the fold spread after cross-validation).</summary>
internal static class MetricsTable
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<HeadMetrics> heads, CrossValidationResult? crossValidation = null)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumns("head", "rows", "accuracy", "macro-F1", "log-loss", "F1 per class");
        if (crossValidation is not null) table.AddColumn("fold macro-F1 (mean ± sd)");
        foreach (var head in heads)
        {
            var cells = new List<string>
            {
                head.Head,
                head.Count.ToString(CultureInfo.InvariantCulture),
                head.Accuracy.ToString("F3", CultureInfo.InvariantCulture),
                head.MacroF1.ToString("F3", CultureInfo.InvariantCulture),
                head.LogLoss.ToString("F3", CultureInfo.InvariantCulture),
                string.Join(", ", head.Classes.Select(c => $"{c.Label} {c.F1.ToString("F3", CultureInfo.InvariantCulture)}")),
            };
            if (crossValidation?.Heads.FirstOrDefault(h => h.Head == head.Head)?.Spread is { } spread)
                cells.Add($"{spread.MeanMacroF1.ToString("F3", CultureInfo.InvariantCulture)} ± {spread.MacroF1StandardDeviation.ToString("F3", CultureInfo.InvariantCulture)}");
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
