namespace Etiquette.Learning;

/// <summary>
/// The multinomial logistic model's arithmetic over one head's parameters, laid out bucket-major:
/// <c>[bucket · classes + class]</c> for the weights, then one bias per class.
/// </summary>
internal static class Softmax
{
    public static int ParameterCount(int buckets, int classes) => buckets * classes + classes;

    public static void Logits(ReadOnlySpan<double> parameters, int classes, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> logits)
    {
        parameters[^classes..].CopyTo(logits);
        for (var i = 0; i < indices.Length; i++)
        {
            var row = parameters.Slice(indices[i] * classes, classes);
            var value = (double)values[i];
            for (var k = 0; k < classes; k++) logits[k] += value * row[k];
        }
    }

    /// <summary>Turns logits into probabilities in place and returns ln Σ exp(logits), for the log-loss.</summary>
    public static double Normalize(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var score in scores) max = Math.Max(max, score);
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < scores.Length; k++) scores[k] /= sum;
        return max + Math.Log(sum);
    }

    /// <summary>Float softmax for inference, written into <paramref name="probabilities"/>.</summary>
    public static void Normalize(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        var max = float.NegativeInfinity;
        foreach (var logit in logits) max = MathF.Max(max, logit);
        var sum = 0f;
        for (var k = 0; k < logits.Length; k++)
        {
            probabilities[k] = MathF.Exp(logits[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k < logits.Length; k++) probabilities[k] /= sum;
    }
}
