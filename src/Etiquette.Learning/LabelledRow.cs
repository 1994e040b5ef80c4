using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// One training or evaluation example: a text and the labels it carries. A row may label only some heads; the trainer
/// and the metrics skip it for the others. <see cref="Weight"/> says how much the row counts in training against a row
/// without one (1); evaluation counts every row once.
/// </summary>
public sealed record LabelledRow(string Text, string? Tone = null, string? Casualness = null, string? Jargon = null, double? Weight = null)
{
    /// <summary>How much the row counts in training: its <see cref="Weight"/>, or 1.</summary>
    public double TrainingWeight => Weight ?? 1.0;

    /// <summary>Whether <paramref name="weight"/> can weigh a row: positive and finite.</summary>
    public static bool IsUsableWeight(double weight) => weight > 0 && double.IsFinite(weight);

    /// <summary>The row's label for <paramref name="head"/>, or null when the row does not label it.</summary>
    public string? LabelFor(ClassifierHead head)
    {
        if (head.Name == EtiquetteHeads.Tone.Name) return Tone;
        if (head.Name == EtiquetteHeads.Casualness.Name) return Casualness;
        if (head.Name == EtiquetteHeads.Jargon.Name) return Jargon;
        throw new ArgumentException($"'{head.Name}' is not a classifier head.", nameof(head));
    }
}
