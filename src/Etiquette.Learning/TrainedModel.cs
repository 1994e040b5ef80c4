using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// A trained classifier: featurizer settings plus, per hash bucket, every head's class weights side by side
/// (bucket-major), because prediction is dominated by random reads of those weights and one read then serves all heads.
/// Thread-safe; <see cref="Predict"/> reuses a per-thread feature buffer, so it allocates no more than
/// <see cref="TextFeaturizer"/> does.
/// </summary>
public sealed class TrainedModel : ITextClassifier
{
    /// <summary>Each bucket's scores are padded to whole 256-bit vectors.</summary>
    internal static readonly int VectorWidth = Vector256<float>.Count;

    [ThreadStatic] private static SparseVector? t_features;

    private readonly TextFeaturizer _featurizer;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int[] _headOffsets;

    internal TrainedModel(
        ModelIdentity identity, IReadOnlyList<ClassifierHead> heads, TrainerOptions options, float[] biases, float[] weights,
        ModelEvaluation? evaluation = null)
    {
        Identity = identity;
        Evaluation = evaluation;
        Heads = heads;
        Options = options;
        _featurizer = new TextFeaturizer(options.Featurizer, options.WordFrequencies);
        _headOffsets = new int[heads.Count];
        foreach (var (index, head) in heads.Index())
        {
            _headOffsets[index] = ScoreCount;
            ScoreCount += head.Labels.Count;
        }

        Stride = StrideFor(ScoreCount);
        if (biases.Length != Stride || weights.Length != (long)Stride * options.Featurizer.BucketCount)
            throw new ArgumentException("The weights do not match the heads and featurizer settings.");
        _biases = biases;
        _weights = weights;
    }

    public string ModelVersion => Identity.ModelVersion;

    public IReadOnlyList<ClassifierHead> Heads { get; }

    public int ScoreCount { get; }

    /// <summary>Version, creation time and the data that trained the model.</summary>
    public ModelIdentity Identity { get; }

    /// <summary>The options that trained the model, its featurizer settings among them.</summary>
    public TrainerOptions Options { get; }

    /// <summary>How well the model did on data it was not trained on, when someone measured and attached it.</summary>
    public ModelEvaluation? Evaluation { get; }

    /// <summary>Floats per bucket: the score count rounded up to whole vectors.</summary>
    internal int Stride { get; }

    internal ReadOnlySpan<float> Biases => _biases;

    internal ReadOnlySpan<float> Weights => _weights;

    internal static int StrideFor(int scoreCount) => (scoreCount + VectorWidth - 1) / VectorWidth * VectorWidth;

    /// <summary>Lays out each head's trained parameters (see <see cref="Softmax"/>) bucket-major in single precision.</summary>
    internal static TrainedModel FromHeads(
        ModelIdentity identity, IReadOnlyList<ClassifierHead> heads, TrainerOptions options, IReadOnlyList<double[]> parameters)
    {
        var buckets = options.Featurizer.BucketCount;
        var scoreCount = 0;
        foreach (var head in heads) scoreCount += head.Labels.Count;
        var stride = StrideFor(scoreCount);
        var biases = new float[stride];
        var weights = new float[buckets * stride];
        var offset = 0;
        for (var h = 0; h < heads.Count; h++)
        {
            var classes = heads[h].Labels.Count;
            var head = parameters[h];
            for (var k = 0; k < classes; k++) biases[offset + k] = (float)head[buckets * classes + k];
            for (var bucket = 0; bucket < buckets; bucket++)
            for (var k = 0; k < classes; k++)
                weights[bucket * stride + offset + k] = (float)head[bucket * classes + k];
            offset += classes;
        }

        return new TrainedModel(identity, heads, options, biases, weights);
    }

    /// <summary>The same model with <paramref name="evaluation"/> attached, to be saved in its manifest.</summary>
    public TrainedModel WithEvaluation(ModelEvaluation evaluation) =>
        new(Identity, Heads, Options, _biases, _weights, evaluation);

    public void Save(string path) => ModelArchive.Save(this, path);

    public void Predict(ReadOnlySpan<char> text, Span<float> scores)
    {
        if (scores.Length < ScoreCount)
            throw new ArgumentException($"Predict writes {ScoreCount} scores; the span holds {scores.Length}.", nameof(scores));
        var features = t_features ??= new SparseVector();
        _featurizer.Featurize(text, features);

        Span<float> logits = stackalloc float[Stride];
        AddWeights(features, logits);
        for (var h = 0; h < Heads.Count; h++)
        {
            var count = Heads[h].Labels.Count;
            var offset = _headOffsets[h];
            Softmax.Normalize(logits.Slice(offset, count), scores.Slice(offset, count));
        }
    }

    /// <summary>Biases plus each feature's value times its bucket's weights: one contiguous read per feature.</summary>
    private void AddWeights(SparseVector features, Span<float> logits)
    {
        var indices = features.Indices;
        var values = features.Values;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var sums = ref MemoryMarshal.GetReference(logits);
        for (var block = 0; block < Stride; block += VectorWidth)
        {
            var sum = Vector256.Create(_biases.AsSpan(block, VectorWidth));
            for (var i = 0; i < indices.Length; i++)
            {
                // Indices come from this model's own featurizer, so they are always below the bucket count.
                var row = Vector256.LoadUnsafe(ref weights, (nuint)indices[i] * (nuint)Stride + (nuint)block);
                sum += row * values[i];
            }

            sum.StoreUnsafe(ref Unsafe.Add(ref sums, block));
        }
    }
}
