using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// Trains one multinomial logistic regression per head over hashed text features. Rows without a label for a head are
/// skipped for that head; a head no row labels is left out of the model. Deterministic: the same rows and options give
/// the same weights, bit for bit.
/// </summary>
public static class Trainer
{
    public static TrainedModel Train(
        IReadOnlyList<LabelledRow> rows, TrainerOptions options, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var featurizer = Prepare(rows, options);
        var matrix = FeatureMatrix.Build(rows, featurizer, cancellationToken);
        var heads = new List<ClassifierHead>();
        var parameters = new List<double[]>();
        foreach (var head in EtiquetteHeads.All)
        {
            var labelled = Labelled(rows, head);
            if (labelled.Rows.Length == 0) continue;
            heads.Add(head);
            parameters.Add(TrainHead(matrix, head, labelled, options, fold: null, progress, cancellationToken));
        }

        if (heads.Count == 0) throw new ArgumentException("No row carries a label for any head.", nameof(rows));
        var createdAt = DateTimeOffset.UtcNow;
        var dataHash = LabelledRows.Sha256(rows);
        var version = options.ModelVersion
                      ?? $"{createdAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Fingerprint(parameters)}";
        var identity = new ModelIdentity(version, createdAt, rows.Count, dataHash);
        return TrainedModel.FromHeads(identity, heads, options with { ModelVersion = version }, parameters);
    }

    /// <summary>
    /// The first hex digits of a SHA-256 over the trained parameters. Named after the weights rather than the data, the
    /// version tells apart models trained on the same rows with other features or options.
    /// </summary>
    private static string Fingerprint(IReadOnlyList<double[]> parameters)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var head in parameters) sha.AppendData(MemoryMarshal.AsBytes(head.AsSpan()));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
    }

    /// <summary>Checks the options and every row's labels, and returns the featurizer the options describe.</summary>
    internal static TextFeaturizer Prepare(IReadOnlyList<LabelledRow> rows, TrainerOptions options)
    {
        if (options.Problem() is { } problem) throw new ArgumentException($"Trainer options: {problem}.", nameof(options));
        for (var i = 0; i < rows.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i]?.Text, $"{nameof(rows)}[{i}].Text");
            if (rows[i].Weight is { } weight && !LabelledRow.IsUsableWeight(weight))
                throw new ArgumentException($"Row {i}: weight {weight} must be positive and finite.", nameof(rows));
            foreach (var head in EtiquetteHeads.All)
                if (rows[i].LabelFor(head) is { } label && head.IndexOf(label) < 0)
                    throw new ArgumentException($"Row {i}: {EtiquetteHeads.UnknownLabel(head, label)}.", nameof(rows));
        }

        return new TextFeaturizer(options.Featurizer, options.WordFrequencies);
    }

    /// <summary>The rows that label <paramref name="head"/>, their classes and their training weights.</summary>
    internal static HeadRows Labelled(IReadOnlyList<LabelledRow> rows, ClassifierHead head)
    {
        var indices = new List<int>();
        var labels = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].LabelFor(head) is not { } label) continue;
            indices.Add(i);
            labels.Add(head.IndexOf(label));
            weights.Add(rows[i].TrainingWeight);
        }

        return new HeadRows([.. indices], [.. labels], [.. weights]);
    }

    internal static double[] TrainHead(
        FeatureMatrix matrix, ClassifierHead head, HeadRows rows, TrainerOptions options, int? fold,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        Action<int, double>? evaluated = progress is null
            ? null
            : (evaluation, objective) => progress.Report(new TrainingProgress(head.Name, fold, evaluation, objective));
        return HeadTrainer.Train(matrix, head, rows, options, evaluated, cancellationToken);
    }
}

/// <summary>The matrix rows one head trains on, each row's class and its training weight, in step.</summary>
internal sealed record HeadRows(int[] Rows, int[] Labels, double[] Weights)
{
    /// <summary>The rows at <paramref name="positions"/> (indices into these arrays), in that order.</summary>
    public HeadRows Select(IReadOnlyList<int> positions) =>
        new([.. positions.Select(p => Rows[p])], [.. positions.Select(p => Labels[p])], [.. positions.Select(p => Weights[p])]);
}
