namespace Etiquette.Rules;

/// <summary>Keeps a replacement's capitalisation in step with the word it replaces.</summary>
public static class Casing
{
    /// <summary>"Pls" → "Please", "pls" → "please"; an all-capital original ("ASAP") is not copied, as that is shouting.</summary>
    public static string Match(ReadOnlySpan<char> original, string replacement)
    {
        if (replacement.Length == 0 || original.IsEmpty || !char.IsUpper(original[0])) return replacement;
        return char.ToUpperInvariant(replacement[0]) + replacement[1..];
    }

    /// <summary>Whether the text opens with the pronoun "I" ("I", "I'm", "I've"), whose capital says nothing about the sentence.</summary>
    public static bool OpensWithPronounI(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] == 'I' && (text.Length == 1 || !char.IsLetter(text[1]));

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
