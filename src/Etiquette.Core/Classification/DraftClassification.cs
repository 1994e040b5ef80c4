using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Etiquette.Core.Text;

namespace Etiquette.Core.Classification;

/// <summary>The label a head gives and the probability of each of its labels.</summary>
public sealed record HeadPrediction(string Label, IReadOnlyDictionary<string, float> Scores);

/// <summary>The classifier's view of one draft: scores for every sentence and for the whole draft.</summary>
public sealed class DraftClassification
{
    private readonly float[] _sentenceScores;
    private readonly float[] _draftScores;
    private readonly int[] _headOffsets;

    public DraftClassification(IReadOnlyList<ClassifierHead> heads, float[] sentenceScores, float[] draftScores)
    {
        Heads = heads;
        _headOffsets = new int[heads.Count];
        var offset = 0;
        for (var h = 0; h < heads.Count; h++)
        {
            _headOffsets[h] = offset;
            offset += heads[h].Labels.Count;
        }

        ScoreCount = offset;
        if (draftScores.Length != ScoreCount || sentenceScores.Length % ScoreCount != 0)
            throw new ArgumentException("Score arrays do not fit the heads' labels.");
        _sentenceScores = sentenceScores;
        _draftScores = draftScores;
    }

    public IReadOnlyList<ClassifierHead> Heads { get; }
    public int ScoreCount { get; }

    public bool HasHead(string head) => IndexOf(head) >= 0;

    /// <summary>The probability that sentence <paramref name="sentence"/> is <paramref name="label"/> for <paramref name="head"/>; 0 for an unknown head or label.</summary>
    public float SentenceScore(int sentence, string head, string label) =>
        Score(_sentenceScores.AsSpan(sentence * ScoreCount, ScoreCount), head, label);

    /// <summary>The draft-level label and scores of every head.</summary>
    public IReadOnlyDictionary<string, HeadPrediction> DraftPredictions()
    {
        var names = new string[Heads.Count];
        var predictions = new HeadPrediction[Heads.Count];
        for (var h = 0; h < Heads.Count; h++)
        {
            var head = Heads[h];
            var scores = new float[head.Labels.Count];
            var best = 0;
            for (var l = 0; l < scores.Length; l++)
            {
                var score = _draftScores[_headOffsets[h] + l];
                scores[l] = MathF.Round(score, 4);
                if (score > _draftScores[_headOffsets[h] + best]) best = l;
            }

            names[h] = head.Name;
            predictions[h] = new HeadPrediction(head.Labels[best], new ReadOnlyMap<float>(head.Labels, scores));
        }

        return new ReadOnlyMap<HeadPrediction>(names, predictions);
    }

    private float Score(ReadOnlySpan<float> scores, string head, string label)
    {
        var h = IndexOf(head);
        if (h < 0) return 0;
        var l = -1;
        for (var i = 0; i < Heads[h].Labels.Count; i++)
            if (Heads[h].Labels[i] == label) l = i;
        return l < 0 ? 0 : scores[_headOffsets[h] + l];
    }

    private int IndexOf(string head)
    {
        for (var h = 0; h < Heads.Count; h++)
            if (Heads[h].Name == head) return h;
        return -1;
    }
}

/// <summary>
/// A read-only map over parallel key and value lists, enumerated in key order. Every answer with a model carries one
/// per head plus one for the heads, each of two or three entries: a scan costs less than hashing, and the map holds
/// no buckets or entries for the collector to sweep.
/// </summary>
internal sealed class ReadOnlyMap<TValue>(IReadOnlyList<string> keys, TValue[] values) : IReadOnlyDictionary<string, TValue>
{
    public TValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not one of {string.Join(", ", keys)}.");

    public IEnumerable<string> Keys => keys;

    public IEnumerable<TValue> Values => values;

    public int Count => values.Length;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return new KeyValuePair<string, TValue>(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < values.Length; i++)
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}

/// <summary>Classifies a draft sentence by sentence and as a whole.</summary>
public interface IDraftClassifier
{
    string ModelVersion { get; }

    /// <summary>Checks <paramref name="cancellation"/> between sentences, so a time limit can stop it.</summary>
    DraftClassification Classify(DraftText draft, CancellationToken cancellation = default);
}

/// <summary>The <see cref="IDraftClassifier"/> over any <see cref="ITextClassifier"/>.</summary>
public sealed class SentenceClassifier(ITextClassifier model) : IDraftClassifier
{
    public string ModelVersion => model.ModelVersion;

    public DraftClassification Classify(DraftText draft, CancellationToken cancellation = default)
    {
        var count = model.ScoreCount;
        var sentenceScores = new float[draft.Sentences.Length * count];
        for (var s = 0; s < draft.Sentences.Length; s++)
        {
            cancellation.ThrowIfCancellationRequested();
            var sentence = draft.Sentences[s];
            model.Predict(draft.Slice(sentence.Start, sentence.Length), sentenceScores.AsSpan(s * count, count));
        }

        return new DraftClassification(model.Heads, sentenceScores, DraftScores(draft, sentenceScores, count));
    }

    /// <summary>
    /// The draft's scores: its sentences' probabilities averaged, each weighted by its length, so that a long sentence
    /// counts for more than "Hi Sam," — and the draft costs no second pass of the model. A draft with no sentence (blank)
    /// is scored as it is.
    /// </summary>
    private float[] DraftScores(DraftText draft, float[] sentenceScores, int count)
    {
        var draftScores = new float[count];
        var totalLength = 0f;
        for (var s = 0; s < draft.Sentences.Length; s++)
        {
            float length = draft.Sentences[s].Length;
            totalLength += length;
            for (var i = 0; i < count; i++) draftScores[i] += length * sentenceScores[s * count + i];
        }

        if (totalLength == 0) model.Predict(draft.Text, draftScores);
        else
            for (var i = 0; i < count; i++) draftScores[i] /= totalLength;
        return draftScores;
    }
}

/// <summary>Which model answered, and whether the service fell back to the rules alone (and why).</summary>
public sealed record ModelStatus(string? Version, bool Degraded, string? Reason = null)
{
    public static readonly ModelStatus RulesOnly = new(null, false, null);
}

/// <summary>What a classification step produced: scores, or none with the reason in <see cref="Model"/>.</summary>
public sealed record ClassifierOutcome(DraftClassification? Classification, ModelStatus Model);
