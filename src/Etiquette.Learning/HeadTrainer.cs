using Etiquette.Core.Classification;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;

namespace Etiquette.Learning;

/// <summary>
/// Fits one head: multinomial logistic regression, class-weighted mean log-loss plus λ/2·‖W‖² (biases free), minimised by
/// MathNet's L-BFGS from zero weights. Only buckets that occur in enough training rows are optimised: the rest would stay
/// at zero or barely move, and MathNet's vector arithmetic costs time in proportion to the parameter count.
/// </summary>
internal sealed class HeadTrainer
{
    /// <summary>
    /// Rows are split into this many fixed, contiguous partitions whose gradients are summed in partition order, so the
    /// gradient is computed in parallel yet comes out the same, bit for bit, on any machine.
    /// </summary>
    private const int Partitions = 4;

    private const double ParameterTolerance = 1e-10;
    private const double FunctionProgressTolerance = 1e-12;

    private readonly FeatureMatrix _matrix;
    private readonly int[] _labels;
    private readonly double[] _rowWeights;
    private readonly double _totalWeight;
    private readonly int _classes;
    private readonly double _lambda;
    private readonly double[][] _partialGradients = new double[Partitions][];
    private readonly double[] _partialLosses = new double[Partitions];
    private readonly Action<int, double>? _evaluated;
    private readonly CancellationToken _cancellationToken;
    private int _evaluations;
    private double _bestObjective = double.PositiveInfinity;
    private double[] _bestPoint;

    private HeadTrainer(
        FeatureMatrix matrix, HeadRows rows, int classes, double lambda, bool balanceClasses,
        Action<int, double>? evaluated, CancellationToken cancellationToken)
    {
        _matrix = matrix;
        _labels = rows.Labels;
        _classes = classes;
        _lambda = lambda;
        _evaluated = evaluated;
        _cancellationToken = cancellationToken;
        _rowWeights = RowWeights(rows, classes, balanceClasses);
        foreach (var weight in _rowWeights) _totalWeight += weight;
        var parameterCount = Softmax.ParameterCount(matrix.ColumnCount, classes);
        for (var p = 0; p < Partitions; p++) _partialGradients[p] = new double[parameterCount];
        _bestPoint = new double[parameterCount];
    }

    /// <summary>
    /// Trains <paramref name="head"/> on <paramref name="rows"/> and returns the parameters (see <see cref="Softmax"/> for
    /// their layout). <paramref name="evaluated"/> hears each objective value.
    /// </summary>
    public static double[] Train(
        FeatureMatrix matrix, ClassifierHead head, HeadRows rows, TrainerOptions options,
        Action<int, double>? evaluated, CancellationToken cancellationToken)
    {
        var classes = head.Labels.Count;
        var compact = matrix.Compact(rows.Rows, options.MinFeatureRows, out var buckets);
        var trainer = new HeadTrainer(
            compact, rows, classes, options.L2RegularizationFor(head), options.BalanceClasses, evaluated, cancellationToken);
        var minimizer = new LimitedMemoryBfgsMinimizer(
            options.GradientTolerance, ParameterTolerance, FunctionProgressTolerance, options.HistorySize, options.MaxIterations);
        try
        {
            minimizer.FindMinimum(ObjectiveFunction.Gradient(trainer.Evaluate), new DenseVector(trainer._bestPoint.Length));
        }
        catch (OptimizationException e) when (e is MaximumIterationsException or InnerOptimizationException)
        {
            // The iteration budget ran out, or the line search hit floating-point precision near the optimum:
            // the best point evaluated so far is the answer either way.
        }

        return Expand(trainer._bestPoint, buckets, matrix.ColumnCount, classes);
    }

    /// <summary>Parameters over compacted columns back to every bucket, zero where a bucket was not trained.</summary>
    private static double[] Expand(double[] compact, int[] buckets, int bucketCount, int classes)
    {
        var full = new double[Softmax.ParameterCount(bucketCount, classes)];
        for (var column = 0; column < buckets.Length; column++)
            compact.AsSpan(column * classes, classes).CopyTo(full.AsSpan(buckets[column] * classes));
        compact.AsSpan(buckets.Length * classes).CopyTo(full.AsSpan(bucketCount * classes));
        return full;
    }

    /// <summary>
    /// Each row's training weight, times its class's inverse weighted frequency when balancing, so that every class
    /// present carries the same total weight.
    /// </summary>
    private static double[] RowWeights(HeadRows rows, int classes, bool balance)
    {
        var weights = (double[])rows.Weights.Clone();
        if (!balance) return weights;
        var classTotals = new double[classes];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            classTotals[rows.Labels[i]] += weights[i];
            total += weights[i];
        }

        var present = classTotals.Count(t => t > 0);
        for (var i = 0; i < weights.Length; i++) weights[i] *= total / (present * classTotals[rows.Labels[i]]);
        return weights;
    }

    private (double, Vector<double>) Evaluate(Vector<double> point)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var parameters = point is DenseVector dense ? dense.Values : point.ToArray();
        Parallel.For(0, Partitions, partition => EvaluatePartition(partition, parameters));

        var gradient = new double[parameters.Length];
        var loss = 0.0;
        for (var p = 0; p < Partitions; p++)
        {
            loss += _partialLosses[p];
            var partial = _partialGradients[p];
            for (var i = 0; i < gradient.Length; i++) gradient[i] += partial[i];
        }

        var scale = 1.0 / _totalWeight;
        var weightCount = parameters.Length - _classes;
        var squaredNorm = 0.0;
        for (var i = 0; i < weightCount; i++)
        {
            gradient[i] = gradient[i] * scale + _lambda * parameters[i];
            squaredNorm += parameters[i] * parameters[i];
        }

        for (var i = weightCount; i < gradient.Length; i++) gradient[i] *= scale;
        var objective = loss * scale + 0.5 * _lambda * squaredNorm;

        _evaluations++;
        if (objective < _bestObjective)
        {
            _bestObjective = objective;
            parameters.CopyTo(_bestPoint, 0);
        }

        _evaluated?.Invoke(_evaluations, objective);
        return (objective, new DenseVector(gradient));
    }

    private void EvaluatePartition(int partition, double[] parameters)
    {
        var gradient = _partialGradients[partition];
        Array.Clear(gradient);
        Span<double> scores = stackalloc double[_classes];
        var biasGradient = gradient.AsSpan(gradient.Length - _classes);
        var loss = 0.0;
        var end = (int)((long)_labels.Length * (partition + 1) / Partitions);
        for (var r = (int)((long)_labels.Length * partition / Partitions); r < end; r++)
        {
            var indices = _matrix.Indices(r);
            var values = _matrix.Values(r);
            Softmax.Logits(parameters, _classes, indices, values, scores);
            var label = _labels[r];
            var labelLogit = scores[label];
            var weight = _rowWeights[r];
            loss += weight * (Softmax.Normalize(scores) - labelLogit);

            scores[label] -= 1.0;
            for (var k = 0; k < _classes; k++)
            {
                scores[k] *= weight;
                biasGradient[k] += scores[k];
            }

            for (var i = 0; i < indices.Length; i++)
            {
                var row = gradient.AsSpan(indices[i] * _classes, _classes);
                var value = (double)values[i];
                for (var k = 0; k < _classes; k++) row[k] += value * scores[k];
            }
        }

        _partialLosses[partition] = loss;
    }
}
