using System.Globalization;

namespace Etiquette.Learning;

/// <summary>
/// How common each word is in everyday spoken English, in Zipf bands: band b holds words seen between 10^b and 10^(b+1)
/// times per billion words, band 0 the words never seen. Jargon is mostly words a customer rarely hears ("chargeback",
/// "MTA", "substation"), so the band generalises to technical terms that no training row contains. Words are keyed by the
/// featurizer's own word hash, so a model carries the table without carrying the word list it was derived from.
/// </summary>
public sealed class WordFrequencies : IEquatable<WordFrequencies>
{
    public const int MaxBand = 7;

    /// <summary>No frequencies: the featurizer then leaves word rarity out.</summary>
    public static readonly WordFrequencies None = new([], []);

    private readonly Dictionary<uint, byte> _bands;

    /// <summary>Keys are word hashes in ascending order; <paramref name="bands"/> holds each one's band (1..<see cref="MaxBand"/>).</summary>
    internal WordFrequencies(uint[] keys, byte[] bands)
    {
        if (keys.Length != bands.Length) throw new ArgumentException("Every word hash needs exactly one band.");
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] <= keys[i - 1]) throw new ArgumentException("Word hashes must be unique and in ascending order.");
            if (bands[i] is < 1 or > MaxBand) throw new ArgumentException($"Band {bands[i]} is outside 1..{MaxBand}.");
        }

        Keys = keys;
        Bands = bands;
        _bands = new Dictionary<uint, byte>(keys.Length);
        for (var i = 0; i < keys.Length; i++) _bands[keys[i]] = bands[i];
    }

    public int Count => Keys.Length;

    internal uint[] Keys { get; }

    internal byte[] Bands { get; }

    /// <summary>
    /// Bands from word counts in a corpus of spoken English. Counts of the same word in different case are added up
    /// (the featurizer sees lower case); each count is taken per billion words of the counts' own total.
    /// </summary>
    public static WordFrequencies FromCounts(IEnumerable<(string Word, long Count)> counts)
    {
        var byHash = new Dictionary<uint, long>();
        var total = 0L;
        foreach (var (word, count) in counts)
        {
            if (count <= 0 || word.Length == 0) continue;
            var hash = TextFeaturizer.WordHash(word.ToLowerInvariant());
            byHash[hash] = byHash.GetValueOrDefault(hash) + count;
            total += count;
        }

        var keys = byHash.Keys.Order().ToArray();
        var bands = new byte[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var zipf = Math.Log10(byHash[keys[i]] * 1e9 / total);
            bands[i] = (byte)Math.Clamp((int)Math.Floor(zipf), 1, MaxBand);
        }

        return new WordFrequencies(keys, bands);
    }

    /// <summary>SUBTLEX-US style counts: a header line, then <c>word TAB count</c> per line.</summary>
    public static WordFrequencies ReadCounts(string path) =>
        FromCounts(File.ReadLines(path).Skip(1).Select(ParseCount).OfType<(string, long)>());

    private static (string, long)? ParseCount(string line)
    {
        var tab = line.IndexOf('\t');
        return tab > 0 && long.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (line[..tab], count)
            : null;
    }

    /// <summary>Tables are equal when they hold the same words in the same bands (a model loaded from its file equals the one saved).</summary>
    public bool Equals(WordFrequencies? other) =>
        other is not null && Keys.AsSpan().SequenceEqual(other.Keys) && Bands.AsSpan().SequenceEqual(other.Bands);

    public override bool Equals(object? obj) => Equals(obj as WordFrequencies);

    public override int GetHashCode() => HashCode.Combine(Count, Count > 0 ? Keys[0] : 0, Count > 0 ? Keys[^1] : 0);

    /// <summary>The band of the word with this hash (<see cref="TextFeaturizer.WordHash"/>), 0 when it was never seen.</summary>
    public int BandOf(uint wordHash) => _bands.GetValueOrDefault(wordHash);
}
