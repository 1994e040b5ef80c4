using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>Scores a classifier on labelled rows: per head, the rows that label it.</summary>
public static class Evaluator
{
    public static IReadOnlyList<HeadMetrics> Evaluate(ITextClassifier classifier, IReadOnlyList<LabelledRow> rows)
    {
        var accumulators = new MetricsAccumulator[classifier.Heads.Count];
        for (var h = 0; h < accumulators.Length; h++) accumulators[h] = new MetricsAccumulator(classifier.Heads[h]);
        var scores = new float[classifier.ScoreCount];
        for (var i = 0; i < rows.Count; i++)
        {
            classifier.Predict(rows[i].Text, scores);
            var offset = 0;
            for (var h = 0; h < accumulators.Length; h++)
            {
                var head = classifier.Heads[h];
                if (rows[i].LabelFor(head) is { } label)
                    accumulators[h].Add(ClassOf(head, label, i), scores.AsSpan(offset, head.Labels.Count));
                offset += head.Labels.Count;
            }
        }

        var metrics = new HeadMetrics[accumulators.Length];
        for (var h = 0; h < metrics.Length; h++) metrics[h] = accumulators[h].ToMetrics();
        return metrics;
    }

    private static int ClassOf(ClassifierHead head, string label, int row)
    {
        var index = head.IndexOf(label);
        return index >= 0
            ? index
            : throw new ArgumentException($"Row {row}: {EtiquetteHeads.UnknownLabel(head, label)}.");
    }
}
