using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// One training or evaluation example: a text and the labels it carries. A row may label only some heads; the trainer
/// and the metrics skip it for the others.
/// </summary>
public sealed record LabelledRow(string Text, string? Tone = null, string? Casualness = null, string? Jargon = null)
{
    /// <summary>The row's label for <paramref name="head"/>, or null when the row does not label it.</summary>
    public string? LabelFor(ClassifierHead head)
    {
        if (head.Name == EtiquetteHeads.Tone.Name) return Tone;
        if (head.Name == EtiquetteHeads.Casualness.Name) return Casualness;
        if (head.Name == EtiquetteHeads.Jargon.Name) return Jargon;
        throw new ArgumentException($"'{head.Name}' is not a classifier head.", nameof(head));
    }
}
