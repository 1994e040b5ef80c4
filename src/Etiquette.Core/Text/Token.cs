using Etiquette.Core.Diagnostics;

namespace Etiquette.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Url,
    Email,
    Emoji,
    Emoticon,
    Punctuation,
    Symbol,
}

public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, Length);
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}

/// <summary>A sentence of the draft: its span and the run of tokens inside it.</summary>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, Length);
    public int EndToken => FirstToken + TokenCount;
}
