using Etiquette.Core.Lexicons;

namespace Etiquette.Core.Text;

/// <summary>A draft analysed once: its tokens and sentences, shared by every analyzer.</summary>
public sealed class DraftText
{
    private readonly int[] _hashes;

    private DraftText(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _hashes = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) _hashes[i] = LexiconComparer.Hash(text.AsSpan(tokens[i].Start, tokens[i].Length));
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }

    public static DraftText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return new DraftText(text, tokens, SentenceSegmenter.Segment(text, tokens));
    }

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    /// <summary>The token's <see cref="LexiconComparer.Hash"/>, computed once so that every lexicon looks it up for free.</summary>
    public int HashOf(int tokenIndex) => _hashes[tokenIndex];

    public ReadOnlySpan<char> Slice(int start, int length) => Text.AsSpan(start, length);

    public int CountWords(Sentence sentence)
    {
        var words = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Tokens[i].IsWordLike) words++;
        return words;
    }

    public int CountWords()
    {
        var words = 0;
        foreach (var token in Tokens)
            if (token.IsWordLike) words++;
        return words;
    }

    /// <summary>The index of the sentence holding <paramref name="tokenIndex"/>.</summary>
    public int SentenceIndexOf(int tokenIndex)
    {
        for (var s = 0; s < Sentences.Length; s++)
            if (tokenIndex < Sentences[s].EndToken) return s;
        return Sentences.Length - 1;
    }
}
