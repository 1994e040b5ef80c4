using Etiquette.Core.Engine;
using Etiquette.Core.Text;

namespace Etiquette.Rules;

/// <summary>Words written in capitals: known acronyms, shouting, or acronyms a customer may not know.</summary>
public static class CapitalWords
{
    /// <summary>At least two letters, every letter a capital, no digits (order numbers and codes are not words).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return false;
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 2;
    }

    public static bool IsKnownAcronym(AnalysisContext context, ReadOnlySpan<char> word) =>
        context.Lexicon(LexiconNames.Acronyms).ContainsWord(word) || context.Lexicon(LexiconNames.Jargon).ContainsWord(word);

    /// <summary>A capitalised word that is no known acronym; false for an index outside the draft.</summary>
    public static bool IsCandidate(AnalysisContext context, int tokenIndex)
    {
        if (tokenIndex < 0 || tokenIndex >= context.Draft.Tokens.Length) return false;
        var token = context.Draft.Tokens[tokenIndex];
        var word = context.Draft[token];
        return token.Kind == TokenKind.Word && IsAllCaps(word) && !IsKnownAcronym(context, word);
    }

    /// <summary>
    /// Shouting: two or more such words in a row, a word only ever shouted ("PLEASE", "NEVER"), or a long one.
    /// A lone short one is an acronym the customer may not know.
    /// </summary>
    public static bool IsShouted(AnalysisContext context, int tokenIndex)
    {
        if (!IsCandidate(context, tokenIndex)) return false;
        var word = context.Draft[context.Draft.Tokens[tokenIndex]];
        return word.Length >= 6
               || context.Lexicon(LexiconNames.ShoutWords).ContainsWord(word)
               || IsCandidate(context, NeighbourWord(context.Draft, tokenIndex, -1))
               || IsCandidate(context, NeighbourWord(context.Draft, tokenIndex, +1));
    }

    /// <summary>The next word in <paramref name="step"/>'s direction within the sentence, skipping commas and dashes; -1 when none.</summary>
    private static int NeighbourWord(DraftText draft, int index, int step)
    {
        var sentence = draft.Sentences[draft.SentenceIndexOf(index)];
        for (var i = index + step; i >= sentence.FirstToken && i < sentence.EndToken; i += step)
        {
            var token = draft.Tokens[i];
            if (token.IsWordLike) return i;
            if (token.Kind != TokenKind.Punctuation || draft[token] is not ("," or "-" or "–" or "&")) break;
        }

        return -1;
    }
}
