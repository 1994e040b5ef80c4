using System.Text.Json.Serialization;

namespace Etiquette.Learning;

/// <summary>
/// How <see cref="TextFeaturizer"/> turns text into features. Stored in every model archive: a model only makes sense
/// with the settings it was trained with.
/// </summary>
public sealed record FeaturizerSettings
{
    public const int MinHashBits = 10;
    public const int MaxHashBits = 24;
    public const int MaxWordNgramLength = 3;
    public const int MaxCharNgramLength = 8;

    /// <summary>Features hash into 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Word n-grams of length 1 up to this (2 = unigrams and bigrams).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-grams within word boundaries, over the word padded with a space each side.</summary>
    public int CharNgramMin { get; init; } = 2;

    public int CharNgramMax { get; init; } = 5;

    [JsonIgnore]
    public int BucketCount => 1 << HashBits;

    /// <summary>What is wrong with these settings, or null when they are usable.</summary>
    public string? Problem() =>
        HashBits is < MinHashBits or > MaxHashBits ? $"hashBits {HashBits} is outside {MinHashBits}..{MaxHashBits}"
        : WordNgramLength is < 1 or > MaxWordNgramLength ? $"wordNgramLength {WordNgramLength} is outside 1..{MaxWordNgramLength}"
        : CharNgramMin < 1 || CharNgramMax > MaxCharNgramLength || CharNgramMin > CharNgramMax
            ? $"character n-grams {CharNgramMin}..{CharNgramMax} are not a range within 1..{MaxCharNgramLength}"
        : null;
}
