namespace Etiquette.Learning;

/// <summary>
/// The JSON shape of <c>etiquette evaluate --format json</c>:
/// <c>{"model": "&lt;version&gt;", "heads": {"tone": {"accuracy", "macroF1", "perClass": {label: {precision, recall, f1, support}}, "confusion"}}}</c>.
/// </summary>
public sealed record EvaluationReport(string Model, int Rows, IReadOnlyDictionary<string, HeadReport> Heads)
{
    public static EvaluationReport From(string model, int rows, IEnumerable<HeadMetrics> heads) =>
        new(model, rows, heads.ToDictionary(h => h.Head, HeadReport.From));
}

public sealed record HeadReport(
    int Count,
    double Accuracy,
    double MacroF1,
    double LogLoss,
    IReadOnlyDictionary<string, ClassReport> PerClass,
    ConfusionReport Confusion)
{
    public static HeadReport From(HeadMetrics metrics) => new(
        metrics.Count,
        Math.Round(metrics.Accuracy, 4),
        Math.Round(metrics.MacroF1, 4),
        Math.Round(metrics.LogLoss, 4),
        metrics.Classes.ToDictionary(c => c.Label, c => new ClassReport(Math.Round(c.Precision, 4), Math.Round(c.Recall, 4), Math.Round(c.F1, 4), c.Support)),
        new ConfusionReport(metrics.Labels, metrics.ConfusionMatrix));
}

public sealed record ClassReport(double Precision, double Recall, double F1, int Support);

/// <summary>Rows are the actual labels, columns the predicted ones, both in <see cref="Labels"/> order.</summary>
public sealed record ConfusionReport(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Matrix);
