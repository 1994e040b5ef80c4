using System.Globalization;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>How <see cref="Trainer"/> fits a model. The defaults suit a corpus of a few thousand to a few tens of thousands of rows.</summary>
public sealed record TrainerOptions
{
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>Word frequencies the featurizer marks each word's rarity by; <see cref="WordFrequencies.None"/> leaves rarity out.</summary>
    public WordFrequencies WordFrequencies { get; init; } = WordFrequencies.None;

    /// <summary>λ in the objective's λ/2·‖W‖² (biases are not regularised); the loss is a weighted mean over rows.</summary>
    public double L2Regularization { get; init; } = 1e-4;

    /// <summary>λ for the heads named here instead of <see cref="L2Regularization"/>.</summary>
    public HeadL2Overrides HeadL2Regularization { get; init; } = HeadL2Overrides.None;

    /// <summary>L-BFGS iterations per head at most.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>L-BFGS stops once the gradient's norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 5e-4;

    /// <summary>How many past steps L-BFGS remembers to approximate curvature.</summary>
    public int HistorySize { get; init; } = 5;

    /// <summary>
    /// A feature bucket gets a weight only if it occurs in at least this many of a head's training rows. One-off
    /// features (typos, names, numbers) teach little, and skipping them makes training several times faster.
    /// </summary>
    public int MinFeatureRows { get; init; } = 2;

    /// <summary>
    /// Weigh each class by the inverse of its rows' total weight, so that every class carries the same total and rare
    /// labels count.
    /// </summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>The trained model's version; null derives one from the training date and a fingerprint of the trained weights.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The λ <paramref name="head"/> is trained with.</summary>
    public double L2RegularizationFor(ClassifierHead head) =>
        HeadL2Regularization.TryGet(head.Name, out var l2Regularization) ? l2Regularization : L2Regularization;

    /// <summary>What is wrong with these options, or null when they are usable.</summary>
    public string? Problem() =>
        Featurizer.Problem() is { } featurizer ? $"featurizer: {featurizer}"
        : L2Problem("l2Regularization", L2Regularization) is { } l2 ? l2
        : HeadL2Regularization.ByHead.Keys.FirstOrDefault(name => EtiquetteHeads.Find(name) is null) is { } unknown
            ? $"there is no head '{unknown}' to set λ for (heads: {string.Join(", ", EtiquetteHeads.All.Select(h => h.Name))})"
        : HeadL2Regularization.ByHead.Select(entry => L2Problem($"{entry.Key}'s l2Regularization", entry.Value)).FirstOrDefault(p => p is not null) is { } head ? head
        : MaxIterations < 1 ? $"maxIterations {MaxIterations} must be at least 1"
        : !(GradientTolerance > 0) ? $"gradientTolerance {GradientTolerance} must be positive"
        : HistorySize < 1 ? $"historySize {HistorySize} must be at least 1"
        : MinFeatureRows < 1 ? $"minFeatureRows {MinFeatureRows} must be at least 1"
        : ModelVersion is { Length: 0 } ? "modelVersion must not be empty"
        : null;

    private static string? L2Problem(string name, double value) =>
        value >= 0 && double.IsFinite(value) ? null : $"{name} {value.ToString(CultureInfo.InvariantCulture)} must be finite and not negative";
}
