using Etiquette.Core.Classification;
using MathNet.Numerics.Statistics;

namespace Etiquette.Learning;

/// <summary>One head's cross-validation: metrics per fold and over all out-of-fold predictions together.</summary>
public sealed record HeadCrossValidation(string Head, IReadOnlyList<HeadMetrics> Folds, HeadMetrics OutOfFold)
{
    public FoldSpread Spread
    {
        get
        {
            var macroF1 = new double[Folds.Count];
            for (var f = 0; f < macroF1.Length; f++) macroF1[f] = Folds[f].MacroF1;
            var (mean, standardDeviation) = macroF1.MeanStandardDeviation();
            return new FoldSpread(Head, Folds.Count, mean, standardDeviation);
        }
    }
}

public sealed record CrossValidationResult(int FoldCount, int Seed, IReadOnlyList<HeadCrossValidation> Heads)
{
    /// <summary>The out-of-fold metrics and fold spread, ready to be attached to a model trained on all the rows.</summary>
    public ModelEvaluation ToEvaluation()
    {
        var metrics = new HeadMetrics[Heads.Count];
        var spreads = new FoldSpread[Heads.Count];
        for (var h = 0; h < Heads.Count; h++)
        {
            metrics[h] = Heads[h].OutOfFold;
            spreads[h] = Heads[h].Spread;
        }

        return new ModelEvaluation($"{FoldCount}-fold stratified cross-validation (seed {Seed}), out-of-fold predictions", metrics, spreads);
    }
}

/// <summary>
/// Stratified k-fold cross-validation, head by head: each head's labelled rows are split into folds that keep its label
/// proportions, and each fold is predicted by a model trained on the others. Rows are featurised once. Deterministic for
/// a seed.
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(
        IReadOnlyList<LabelledRow> rows, int folds, TrainerOptions options, int seed,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var featurizer = Trainer.Prepare(rows, options);
        var matrix = FeatureMatrix.Build(rows, featurizer, cancellationToken);
        var heads = new List<HeadCrossValidation>();
        foreach (var head in EtiquetteHeads.All)
        {
            var headRows = Trainer.Labelled(rows, head);
            if (headRows.Rows.Length == 0) continue;
            if (headRows.Rows.Length < folds)
                throw new ArgumentException($"Only {headRows.Rows.Length} rows label {head.Name}: too few for {folds} folds.", nameof(rows));
            heads.Add(RunHead(matrix, head, headRows, folds, options, seed, progress, cancellationToken));
        }

        if (heads.Count == 0) throw new ArgumentException("No row carries a label for any head.", nameof(rows));
        return new CrossValidationResult(folds, seed, heads);
    }

    private static HeadCrossValidation RunHead(
        FeatureMatrix matrix, ClassifierHead head, HeadRows headRows, int folds, TrainerOptions options, int seed,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var assignment = StratifiedFolds(headRows.Labels, folds, seed);
        var outOfFold = new MetricsAccumulator(head);
        var foldMetrics = new HeadMetrics[folds];
        Span<double> logits = stackalloc double[head.Labels.Count];
        Span<float> probabilities = stackalloc float[head.Labels.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = headRows.Select(InFold(assignment, fold, inFold: false));
            var test = headRows.Select(InFold(assignment, fold, inFold: true));
            var parameters = Trainer.TrainHead(matrix, head, training, options, fold + 1, progress, cancellationToken);
            var metrics = new MetricsAccumulator(head);
            for (var i = 0; i < test.Rows.Length; i++)
            {
                Softmax.Logits(parameters, head.Labels.Count, matrix.Indices(test.Rows[i]), matrix.Values(test.Rows[i]), logits);
                Softmax.Normalize(logits);
                for (var k = 0; k < logits.Length; k++) probabilities[k] = (float)logits[k];
                metrics.Add(test.Labels[i], probabilities);
                outOfFold.Add(test.Labels[i], probabilities);
            }

            foldMetrics[fold] = metrics.ToMetrics();
        }

        return new HeadCrossValidation(head.Name, foldMetrics, outOfFold.ToMetrics());
    }

    /// <summary>
    /// Assigns each item (given by its class) a fold in 0..folds-1: items are shuffled by the seed, grouped by class and
    /// dealt round-robin, so every class spreads over the folds as evenly as it can and fold sizes differ by at most one.
    /// </summary>
    public static int[] StratifiedFolds(IReadOnlyList<int> classes, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var order = new int[classes.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        new Random(seed).Shuffle(order);
        // OrderBy is stable: within each class the shuffled order stays.
        var grouped = order.OrderBy(i => classes[i]).ToArray();
        var assignment = new int[order.Length];
        for (var position = 0; position < grouped.Length; position++) assignment[grouped[position]] = position % folds;
        return assignment;
    }

    /// <summary>The positions assigned to <paramref name="fold"/>, or (<paramref name="inFold"/> false) to any other.</summary>
    private static List<int> InFold(int[] assignment, int fold, bool inFold)
    {
        var positions = new List<int>();
        for (var i = 0; i < assignment.Length; i++)
            if ((assignment[i] == fold) == inFold) positions.Add(i);
        return positions;
    }
}
