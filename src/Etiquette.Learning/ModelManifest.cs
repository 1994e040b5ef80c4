using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>manifest.json of a model archive: everything needed to use, trust and trace the weights beside it.</summary>
internal sealed record ModelManifest(
    int FormatVersion,
    string ModelVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ClassifierHead> Heads,
    int FeaturizerVersion,
    FeaturizerSettings Featurizer,
    ManifestTraining Training,
    ManifestWeights Weights,
    ManifestWordBands? WordBands = null,
    ModelEvaluation? Metrics = null);

/// <summary>The rows that trained the model (count and SHA-256) and the trainer's settings.</summary>
internal sealed record ManifestTraining(
    int Rows,
    string DataSha256,
    double L2Regularization,
    int MaxIterations,
    double GradientTolerance,
    int HistorySize,
    int MinFeatureRows,
    bool BalanceClasses,
    IReadOnlyDictionary<string, double>? HeadL2Regularization = null);

/// <summary>
/// weights.bin: little-endian float32, first <see cref="Stride"/> biases, then for each of the <see cref="Buckets"/>
/// buckets <see cref="Stride"/> weights (every head's classes side by side, zero-padded).
/// </summary>
internal sealed record ManifestWeights(string Encoding, string Layout, int Buckets, int Stride, string Sha256);

/// <summary>
/// word-bands.bin, when the featurizer marks word rarity: little-endian, <see cref="Entries"/> uint32 word hashes in
/// ascending order, then each one's Zipf band as one byte.
/// </summary>
internal sealed record ManifestWordBands(int Entries, string Sha256);
