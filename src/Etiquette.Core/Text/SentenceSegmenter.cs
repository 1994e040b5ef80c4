namespace Etiquette.Core.Text;

/// <summary>
/// Finds sentence boundaries: terminal punctuation followed by white space, or a line break.
/// Abbreviations ("e.g.", "Mr."), initials and decimals do not end a sentence.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "approx", "inc", "ltd", "co", "dept", "ref", "tel", "incl",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nr", "etc", "eg", "ie",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Sentence[] Segment(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(Math.Max(1, tokens.Length / 8));
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i + 1 < tokens.Length && !EndsSentence(text, tokens, i)) continue;
            var start = tokens[first].Start;
            sentences.Add(new Sentence(start, tokens[i].End - start, first, i + 1 - first));
            first = i + 1;
        }

        return sentences.ToArray();
    }

    private static bool EndsSentence(string text, Token[] tokens, int i)
    {
        var next = tokens[i + 1];
        var gap = text.AsSpan(tokens[i].End, next.Start - tokens[i].End);
        if (gap.ContainsAny('\n', '\r')) return true;
        if (gap.IsEmpty) return false;

        var token = tokens[i];
        var mark = text.AsSpan(token.Start, token.Length);
        if (IsClosingQuote(mark) && i > 0 && tokens[i - 1].End == token.Start) return IsTerminal(text, tokens[i - 1]);
        if (!IsTerminal(text, token)) return false;
        if (mark is not "." || i == 0) return true;

        var previous = tokens[i - 1];
        if (previous.End != token.Start || previous.Kind != TokenKind.Word) return true;
        var word = text.AsSpan(previous.Start, previous.Length);
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        return !AbbreviationLookup.Contains(word) || IsSentenceStartAfterEtc(text, word, next);
    }

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '…';

    private static bool IsClosingQuote(ReadOnlySpan<char> mark) => mark is "\"" or "”" or "’" or ")";

    /// <summary>"etc." usually ends a sentence when a capital follows; other abbreviations never do.</summary>
    private static bool IsSentenceStartAfterEtc(string text, ReadOnlySpan<char> word, Token next) =>
        word.Equals("etc", StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[next.Start]);
}
