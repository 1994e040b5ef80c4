namespace Etiquette.Learning;

/// <summary>Precision, recall and F1 of one label, and its support (how many rows actually carry it).</summary>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// How one head did on a set of rows. <see cref="ConfusionMatrix"/> rows are actual labels and columns predicted ones,
/// both in <see cref="Labels"/> order. Macro-F1 averages F1 over the labels that occur, actually or predicted.
/// <see cref="LogLoss"/> is the mean of −ln p(actual label).
/// </summary>
public sealed record HeadMetrics(
    string Head,
    IReadOnlyList<string> Labels,
    int Count,
    double Accuracy,
    double MacroF1,
    double LogLoss,
    IReadOnlyList<ClassMetrics> Classes,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix);

/// <summary>
/// A model's measured quality, kept in its manifest: how it was measured (a held-out set, cross-validation), the
/// metrics per head and, after cross-validation, the spread of macro-F1 across folds.
/// </summary>
public sealed record ModelEvaluation(string Method, IReadOnlyList<HeadMetrics> Heads, IReadOnlyList<FoldSpread>? Folds = null);

/// <summary>Macro-F1 of one head across cross-validation folds: mean and sample standard deviation.</summary>
public sealed record FoldSpread(string Head, int Folds, double MeanMacroF1, double MacroF1StandardDeviation);
