namespace Etiquette.Core.Classification;

/// <summary>A classifier head: its name (tone, casualness, jargon) and its labels, in score order.</summary>
public sealed record ClassifierHead(string Name, IReadOnlyList<string> Labels);

/// <summary>
/// The seam between the engine and a text classifier. Our own learning library implements it; an ML.NET back end can
/// replace it where that package is reachable. Scores are probabilities, written head after head in <see cref="Heads"/>
/// order, each head's labels in its label order, so prediction allocates nothing.
/// </summary>
public interface ITextClassifier
{
    string ModelVersion { get; }

    IReadOnlyList<ClassifierHead> Heads { get; }

    /// <summary>The number of scores <see cref="Predict"/> writes: the sum of the heads' label counts.</summary>
    int ScoreCount { get; }

    void Predict(ReadOnlySpan<char> text, Span<float> scores);
}
