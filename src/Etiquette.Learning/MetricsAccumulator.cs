using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>Collects one head's predictions (actual label, predicted probabilities) and turns them into <see cref="HeadMetrics"/>.</summary>
public sealed class MetricsAccumulator
{
    /// <summary>Probabilities are floored here so that a confident mistake costs a large but finite log-loss.</summary>
    private const double MinimumProbability = 1e-15;

    private readonly ClassifierHead _head;
    private readonly int[,] _confusion;
    private double _logLossSum;
    private int _count;

    public MetricsAccumulator(ClassifierHead head)
    {
        _head = head;
        _confusion = new int[head.Labels.Count, head.Labels.Count];
    }

    /// <summary>
    /// Records one prediction: the actual label's index and the probabilities in label order. The predicted label is the
    /// most probable one (the first of equals).
    /// </summary>
    public void Add(int actual, ReadOnlySpan<float> probabilities)
    {
        var classes = _head.Labels.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(actual);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(actual, classes);
        if (probabilities.Length != classes)
            throw new ArgumentException($"Expected {classes} probabilities, got {probabilities.Length}.", nameof(probabilities));

        var predicted = 0;
        for (var k = 1; k < classes; k++)
            if (probabilities[k] > probabilities[predicted]) predicted = k;
        _confusion[actual, predicted]++;
        _logLossSum -= Math.Log(Math.Max(probabilities[actual], MinimumProbability));
        _count++;
    }

    public HeadMetrics ToMetrics()
    {
        var classes = _head.Labels.Count;
        var perClass = new ClassMetrics[classes];
        var correct = 0;
        var f1Sum = 0.0;
        var occurring = 0;
        for (var k = 0; k < classes; k++)
        {
            var truePositives = _confusion[k, k];
            correct += truePositives;
            int support = 0, predicted = 0;
            for (var j = 0; j < classes; j++)
            {
                support += _confusion[k, j];
                predicted += _confusion[j, k];
            }

            var precision = Ratio(truePositives, predicted);
            var recall = Ratio(truePositives, support);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[k] = new ClassMetrics(_head.Labels[k], precision, recall, f1, support);
            if (support + predicted == 0) continue;
            occurring++;
            f1Sum += f1;
        }

        var matrix = new IReadOnlyList<int>[classes];
        for (var k = 0; k < classes; k++)
        {
            var row = new int[classes];
            for (var j = 0; j < classes; j++) row[j] = _confusion[k, j];
            matrix[k] = row;
        }

        return new HeadMetrics(
            _head.Name, _head.Labels, _count, Ratio(correct, _count), occurring == 0 ? 0 : f1Sum / occurring,
            _count == 0 ? 0 : _logLossSum / _count, perClass, matrix);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : numerator / (double)denominator;
}
