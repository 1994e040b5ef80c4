using System.Buffers;
using System.Numerics;
using System.Text;
using Etiquette.Core.Text;

namespace Etiquette.Learning;

/// <summary>
/// Text to an L2-normalised sparse vector of hashed features, the shape of ML.NET's FeaturizeText: NFKC, lower case,
/// special tokens for numbers, URLs, e-mail addresses and emoji, word n-grams, the first and last token paired with a
/// start and an end marker, character n-grams within word boundaries, sublinear term frequency (1 + ln tf), and, given
/// <see cref="WordFrequencies"/>, each word's rarity in everyday English.
/// Thread-safe; once the destination vector has grown, allocates nothing for ASCII
/// text and at most what the runtime's Unicode normaliser allocates for other text.
/// </summary>
public sealed class TextFeaturizer
{
    /// <summary>The feature algorithm's version. Recorded in model archives; bump it whenever features change.</summary>
    public const int Version = 4;

    private const uint TermSeed = 0x811C9DC5;
    private const uint CharSeed = 0x2F1D6A53;
    private const uint NgramSalt = 0x9E3779B9;
    private const uint EdgeSalt = 0x7F4A7C15;

    private static readonly uint NumberTerm = StableHash.Of("<num>", TermSeed);
    private static readonly uint UrlTerm = StableHash.Of("<url>", TermSeed);
    private static readonly uint EmailTerm = StableHash.Of("<email>", TermSeed);
    private static readonly uint EmojiTerm = StableHash.Of("<emoji>", TermSeed);

    /// <summary>
    /// Where the text starts and ends, paired with the first and last token like a bigram: "Please send it" and "Send it,
    /// please", or an opening "You" against an opening "Could", differ in tone though their words are the same.
    /// </summary>
    private static readonly uint StartTerm = StableHash.Of("<s>", TermSeed);

    private static readonly uint EndTerm = StableHash.Of("<e>", TermSeed);

    /// <summary>A word written in capitals: shouting, lost by lower-casing otherwise.</summary>
    private static readonly uint CapitalsFeature = StableHash.Of("<caps>", TermSeed);

    private static readonly string[] WordShapes = ["", ":caps", ":alnum"];

    /// <summary>Per Zipf band, a word's rarity feature by its shape: in lower case, in capitals (an acronym), with digits (a code).</summary>
    private static readonly uint[] RarityFeatures = Enumerable.Range(0, WordShapes.Length * (WordFrequencies.MaxBand + 1))
        .Select(i => StableHash.Of($"<band{i / WordShapes.Length}{WordShapes[i % WordShapes.Length]}>", TermSeed))
        .ToArray();

    private readonly int _bucketMask;
    private readonly WordFrequencies _frequencies;

    public TextFeaturizer(FeaturizerSettings settings, WordFrequencies? frequencies = null)
    {
        if (settings.Problem() is { } problem) throw new ArgumentException($"Featurizer settings: {problem}.", nameof(settings));
        Settings = settings;
        _bucketMask = settings.BucketCount - 1;
        _frequencies = frequencies ?? WordFrequencies.None;
    }

    public FeaturizerSettings Settings { get; }

    /// <summary>The hash a lower-case word is featurised by, and <see cref="WordFrequencies"/> keyed by.</summary>
    public static uint WordHash(ReadOnlySpan<char> loweredWord) => StableHash.Of(loweredWord, TermSeed);

    public void Featurize(ReadOnlySpan<char> text, SparseVector destination)
    {
        char[]? normalizedBuffer = null;
        var normalized = text;
        // ASCII is already NFKC, and skipping the check spares the runtime's normaliser (which allocates) for most
        // drafts. Lone surrogates cannot be normalised; such text is featurised as it is rather than rejected.
        if (text.ContainsAnyExceptInRange('\0', '\u007F') && IsWellFormed(text) && !text.IsNormalized(NormalizationForm.FormKC))
        {
            normalizedBuffer = ArrayPool<char>.Shared.Rent(text.GetNormalizedLength(NormalizationForm.FormKC));
            text.TryNormalize(normalizedBuffer, out var written, NormalizationForm.FormKC);
            normalized = normalizedBuffer.AsSpan(0, written);
        }

        var tokens = Tokenizer.RentBuffer(normalized.Length);
        var lowered = ArrayPool<char>.Shared.Rent(normalized.Length);
        int[]? table = null;
        try
        {
            var tokenCount = Tokenizer.Tokenize(normalized, ref tokens);
            normalized.ToLowerInvariant(lowered);
            var bound = FeatureBound(normalized.Length, tokenCount);
            destination.Reset(bound);
            var tableSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * bound));
            table = ArrayPool<int>.Shared.Rent(tableSize);
            var counter = new FeatureCounter(table.AsSpan(0, tableSize), _bucketMask, destination);
            var words = tokens.AsSpan(0, tokenCount);
            AddFeatures(normalized, lowered, words, ref counter);
            var wordEntries = destination.Count;
            if (_frequencies.Count > 0) AddRarity(normalized, lowered, words, ref counter);
            var rarityEntries = destination.Count;
            foreach (var token in words)
                if (token.Kind == TokenKind.Word) AddCharacterNgrams(lowered.AsSpan(token.Start, token.Length), ref counter);
            Weigh(destination.MutableValues, wordEntries, rarityEntries);
        }
        finally
        {
            if (table is not null) ArrayPool<int>.Shared.Return(table);
            ArrayPool<char>.Shared.Return(lowered);
            ArrayPool<Token>.Shared.Return(tokens);
            if (normalizedBuffer is not null) ArrayPool<char>.Shared.Return(normalizedBuffer);
        }
    }

    /// <summary>Whether the text is well-formed UTF-16 (no lone surrogates), which normalisation requires.</summary>
    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            i++;
        }

        return true;
    }

    /// <summary>
    /// At most this many features come from a text: per token its word n-grams, one extra and its rarity, the two edge
    /// features, per word its character n-grams.
    /// </summary>
    private int FeatureBound(int textLength, int tokenCount) =>
        tokenCount * (Settings.WordNgramLength + 2) + 2
        + (Settings.CharNgramMax - Settings.CharNgramMin + 1) * (textLength + 2 * tokenCount);

    private void AddFeatures(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, ReadOnlySpan<Token> tokens, ref FeatureCounter counter)
    {
        Span<uint> previousTerms = stackalloc uint[FeaturizerSettings.MaxWordNgramLength];
        var termsSeen = 0;
        foreach (var token in tokens)
        {
            var text = lowered.Slice(token.Start, token.Length);
            uint term;
            switch (token.Kind)
            {
                case TokenKind.Word:
                    term = WordHash(text);
                    if (IsCapitals(original.Slice(token.Start, token.Length))) counter.Add(CapitalsFeature);
                    break;
                case TokenKind.Number: term = NumberTerm; break;
                case TokenKind.Url: term = UrlTerm; break;
                case TokenKind.Email: term = EmailTerm; break;
                case TokenKind.Emoji:
                    term = EmojiTerm;
                    counter.Add(StableHash.Of(text, TermSeed));
                    break;
                default:
                    term = StableHash.Of(text, TermSeed);
                    break;
            }

            counter.Add(term);
            if (termsSeen == 0) counter.Add(StableHash.Combine(StartTerm, term, EdgeSalt));
            var gram = term;
            var longest = Math.Min(Settings.WordNgramLength, termsSeen + 1);
            for (var n = 2; n <= longest; n++)
            {
                gram = StableHash.Combine(previousTerms[n - 2], gram, NgramSalt * (uint)n);
                counter.Add(gram);
            }

            for (var i = Settings.WordNgramLength - 2; i > 0; i--) previousTerms[i] = previousTerms[i - 1];
            previousTerms[0] = term;
            termsSeen++;
        }

        // The last token may be punctuation: how a text ends ("… now!", "… thanks.") is itself a cue.
        if (termsSeen > 0) counter.Add(StableHash.Combine(previousTerms[0], EndTerm, EdgeSalt));
    }

    /// <summary>Each word's Zipf band, told apart for words in capitals (acronyms are rarely read out as words).</summary>
    private void AddRarity(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, ReadOnlySpan<Token> tokens, ref FeatureCounter counter)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word) continue;
            var word = original.Slice(token.Start, token.Length);
            var shape = word.ContainsAnyInRange('0', '9') ? 2 : IsCapitals(word) ? 1 : 0;
            counter.Add(RarityFeatures[WordShapes.Length * BandOf(lowered.Slice(token.Start, token.Length)) + shape]);
        }
    }

    /// <summary>
    /// A word's band; the frequency list splits contractions and compounds, so "we'll" is looked up as "we" and "wi-fi"
    /// as the rarer of "wi" and "fi".
    /// </summary>
    private int BandOf(ReadOnlySpan<char> word)
    {
        var band = _frequencies.BandOf(WordHash(word));
        if (band > 0) return band;
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0) return _frequencies.BandOf(WordHash(word[..apostrophe]));
        if (word.IndexOf('-') < 0) return 0;
        band = WordFrequencies.MaxBand;
        foreach (var part in word.Split('-'))
        {
            if (word[part].IsEmpty) continue;
            band = Math.Min(band, _frequencies.BandOf(WordHash(word[part])));
        }

        return band;
    }

    /// <summary>Character n-grams of " word " (a space each side marks the word's edges).</summary>
    private void AddCharacterNgrams(ReadOnlySpan<char> word, ref FeatureCounter counter)
    {
        var min = Settings.CharNgramMin;
        var max = Settings.CharNgramMax;
        var padded = word.Length + 2;
        for (var start = 0; start <= padded - min; start++)
        {
            var state = CharSeed;
            var end = Math.Min(padded, start + max);
            for (var at = start; at < end; at++)
            {
                state = StableHash.Add(state, at == 0 || at == padded - 1 ? ' ' : word[at - 1]);
                if (at - start + 1 >= min) counter.Add(StableHash.Finish(state));
            }
        }
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) capitals++;
        }

        return capitals >= 2;
    }

    /// <summary>
    /// Counts become 1 + ln(count). Word-level features (before <paramref name="wordEntries"/>), rarity features (up to
    /// <paramref name="rarityEntries"/>) and character n-grams are then scaled as blocks of equal length, together of unit
    /// length, so the many character n-grams cannot drown out the words (as a union of normalised vectorisers does).
    /// </summary>
    private static void Weigh(Span<float> values, int wordEntries, int rarityEntries)
    {
        var words = SublinearSumOfSquares(values[..wordEntries]);
        var rarity = SublinearSumOfSquares(values[wordEntries..rarityEntries]);
        var characters = SublinearSumOfSquares(values[rarityEntries..]);
        var blocks = (words > 0f ? 1 : 0) + (rarity > 0f ? 1 : 0) + (characters > 0f ? 1 : 0);
        Scale(values[..wordEntries], words, blocks);
        Scale(values[wordEntries..rarityEntries], rarity, blocks);
        Scale(values[rarityEntries..], characters, blocks);
    }

    private static float SublinearSumOfSquares(Span<float> values)
    {
        var sumOfSquares = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            // Most features occur once in a sentence, and ln 1 is 0: the logarithm is only worth computing for repeats.
            var weight = values[i] == 1f ? 1f : 1f + MathF.Log(values[i]);
            values[i] = weight;
            sumOfSquares += weight * weight;
        }

        return sumOfSquares;
    }

    private static void Scale(Span<float> values, float sumOfSquares, int blocks)
    {
        if (sumOfSquares == 0f) return;
        var scale = 1f / MathF.Sqrt(blocks * sumOfSquares);
        for (var i = 0; i < values.Length; i++) values[i] *= scale;
    }

    /// <summary>Counts hashed features into buckets through a small open-addressing table of vector positions.</summary>
    private ref struct FeatureCounter(Span<int> table, int bucketMask, SparseVector vector)
    {
        private readonly Span<int> _table = Clear(table);
        private readonly int _tableMask = table.Length - 1;

        public void Add(uint hash)
        {
            var bucket = (int)hash & bucketMask;
            var slot = bucket & _tableMask;
            while (true)
            {
                var entry = _table[slot];
                if (entry == 0)
                {
                    _table[slot] = vector.Append(bucket, 1f) + 1;
                    return;
                }

                if (vector.IndexAt(entry - 1) == bucket)
                {
                    vector.AddTo(entry - 1, 1f);
                    return;
                }

                slot = (slot + 1) & _tableMask;
            }
        }

        private static Span<int> Clear(Span<int> table)
        {
            table.Clear();
            return table;
        }
    }
}
