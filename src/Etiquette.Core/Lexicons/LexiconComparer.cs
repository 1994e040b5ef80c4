namespace Etiquette.Core.Lexicons;

/// <summary>
/// Compares words the way a reader does: ignoring case and treating the typographic apostrophe as a plain one.
/// Looks up spans of the draft without allocating strings.
/// </summary>
public sealed class LexiconComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly LexiconComparer Instance = new();

    private LexiconComparer()
    {
    }

    public static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c,
        '’' or '‘' or 'ʼ' => '\'',
        '‐' or '‑' => '-',
        _ => char.ToLowerInvariant(c),
    };

    public static bool Equal(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (Fold(x[i]) != Fold(y[i])) return false;
        return true;
    }

    public static bool StartsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> prefix) =>
        text.Length >= prefix.Length && Equal(text[..prefix.Length], prefix);

    /// <summary>FNV-1a over the folded characters: cheap enough to compute once for every token of a draft.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ Fold(c)) * 16777619u;
        return (int)hash;
    }

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equal(x, y);
    public int GetHashCode(string obj) => Hash(obj);
    public bool Equals(ReadOnlySpan<char> alternate, string other) => Equal(alternate, other);
    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);
    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
