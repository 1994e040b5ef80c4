using Etiquette.Core.Diagnostics;
using Etiquette.Core.Text;

namespace Etiquette.Rules;

/// <summary>Keeps "a" or "an" right when the word after it is replaced ("an API" → "a system connection").</summary>
public static class Articles
{
    /// <summary>Spellings that start with a vowel letter but a consonant sound ("a one-off", "a UK address").</summary>
    private static readonly string[] ConsonantSoundVowels = ["one", "once", "uni", "us", "uk", "eu"];

    /// <summary>Spellings that start with a silent h ("an hour").</summary>
    private static readonly string[] VowelSoundH = ["hour", "honest", "honour", "honor", "heir"];

    /// <summary>
    /// The edit to the article just before <paramref name="tokenIndex"/> that <paramref name="replacement"/> needs there,
    /// or null when there is no article or it already fits.
    /// </summary>
    public static TextEdit? Agree(DraftText draft, int tokenIndex, string replacement)
    {
        if (tokenIndex <= 0) return null;
        var article = draft.Tokens[tokenIndex - 1];
        var written = draft[article];
        var isAn = written.Equals("an", StringComparison.OrdinalIgnoreCase);
        if (!isAn && !written.Equals("a", StringComparison.OrdinalIgnoreCase)) return null;
        var needsAn = StartsWithVowelSound(replacement);
        if (needsAn == isAn) return null;
        return TextEdit.Replace(article.Span, Casing.Match(written, needsAn ? "an" : "a"));
    }

    private static bool StartsWithVowelSound(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start])) start++;
        var word = text.AsSpan(start);
        if (word.IsEmpty) return false;
        if (StartsWithAny(word, VowelSoundH)) return true;
        if (StartsWithAny(word, ConsonantSoundVowels)) return false;
        return char.ToLowerInvariant(word[0]) is 'a' or 'e' or 'i' or 'o' or 'u' or '8';
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
