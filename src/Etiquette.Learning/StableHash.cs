namespace Etiquette.Learning;

/// <summary>
/// The hash behind feature buckets: FNV-1a over UTF-16 code units, finished with MurmurHash3's avalanche. Fixed seeds
/// and no per-process randomisation (unlike <see cref="string.GetHashCode()"/>), so a saved model keeps meaning the same
/// features. Changing anything here invalidates every trained model: bump <see cref="TextFeaturizer.Version"/>.
/// </summary>
internal static class StableHash
{
    private const uint FnvPrime = 16777619;

    /// <summary>Feeds one more character; start from a seed, end with <see cref="Finish"/>.</summary>
    public static uint Add(uint state, char c) => (state ^ c) * FnvPrime;

    public static uint Of(ReadOnlySpan<char> text, uint seed)
    {
        var state = seed;
        foreach (var c in text) state = Add(state, c);
        return Finish(state);
    }

    /// <summary>MurmurHash3's fmix32: every input bit affects every output bit, so the low bits make a good bucket.</summary>
    public static uint Finish(uint state)
    {
        state ^= state >> 16;
        state *= 0x85EBCA6B;
        state ^= state >> 13;
        state *= 0xC2B2AE35;
        state ^= state >> 16;
        return state;
    }

    /// <summary>An order-sensitive combination of two hashes (a word n-gram from its words), by MurmurHash3's fmix64.</summary>
    public static uint Combine(uint first, uint second, uint salt)
    {
        var x = ((ulong)first << 32 | second) ^ salt;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCD;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53;
        x ^= x >> 33;
        return (uint)(x ^ x >> 32);
    }
}
