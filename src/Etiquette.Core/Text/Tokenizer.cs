using System.Buffers;
using System.Text;

namespace Etiquette.Core.Text;

/// <summary>
/// Splits a draft into words, numbers, URLs, e-mail addresses, emoji, emoticons and punctuation.
/// Offsets are UTF-16 code units into the original text, which is never rewritten.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Emoticons =
    [
        ":-)", ":)", ":-(", ":(", ":-D", ":D", ";-)", ";)", ";D", ":-P", ":P", ":-p", ":p", ":'(", ":-/", ":/",
        ":|", ":-O", ":O", ":o", ":3", ":*", "=)", "=(", "</3", "<3", "^_^", "^^", "xD", "XD", "T_T", "-_-",
    ];

    private static readonly SearchValues<char> EmoticonStarts = SearchValues.Create(":;=<^xXT-");
    private static readonly SearchValues<char> UrlTrailingPunctuation = SearchValues.Create(".,;:!?)]}'\"’”>");
    private static readonly SearchValues<char> EmailLocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");
    private static readonly SearchValues<char> EmailDomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public static Token[] Tokenize(string text)
    {
        var buffer = RentBuffer(text.Length);
        try
        {
            var count = Tokenize(text, ref buffer);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>A buffer from <see cref="ArrayPool{T}.Shared"/> sized for a text of this length.</summary>
    public static Token[] RentBuffer(int textLength) => ArrayPool<Token>.Shared.Rent(Math.Max(16, textLength / 3));

    /// <summary>
    /// Tokenises into <paramref name="buffer"/> without allocating, for callers that hold only a span (a classifier
    /// scoring one sentence). The buffer must come from <see cref="ArrayPool{T}.Shared"/>: when full it is returned
    /// there and replaced by a larger one. Returns the number of tokens written.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> text, ref Token[] buffer)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var chunkEnd = i;
            while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
            i = TokenizeChunk(text, i, chunkEnd, ref buffer, ref count);
        }

        return count;
    }

    private static int TokenizeChunk(ReadOnlySpan<char> text, int start, int end, ref Token[] buffer, ref int count)
    {
        var chunk = text[start..end];
        if (IsUrlStart(chunk))
        {
            var urlEnd = end;
            while (urlEnd > start + 1 && UrlTrailingPunctuation.Contains(text[urlEnd - 1])) urlEnd--;
            Add(ref buffer, ref count, new Token(start, urlEnd - start, TokenKind.Url));
            start = urlEnd;
        }

        var (emailStart, emailEnd) = FindEmail(text, start, end);
        var i = start;
        while (i < end)
        {
            if (i == emailStart)
            {
                Add(ref buffer, ref count, new Token(emailStart, emailEnd - emailStart, TokenKind.Email));
                i = emailEnd;
                continue;
            }

            var token = NextToken(text, i, end);
            Add(ref buffer, ref count, token);
            i = token.End;
        }

        return end;
    }

    private static Token NextToken(ReadOnlySpan<char> text, int i, int end)
    {
        if (Emoji.TryMatch(text[..end], i, out var emojiLength))
            return new Token(i, emojiLength, TokenKind.Emoji);
        if (EmoticonStarts.Contains(text[i]) && TryEmoticon(text, i, end, out var emoticonLength))
            return new Token(i, emoticonLength, TokenKind.Emoticon);

        Rune.DecodeFromUtf16(text[i..end], out var rune, out var runeLength);
        if (Rune.IsLetterOrDigit(rune)) return WordOrNumber(text, i, end);

        if (text[i] is '!' or '?' or '.')
        {
            var runEnd = i + 1;
            while (runEnd < end && (text[runEnd] is '!' or '?' && text[i] is not '.' || text[runEnd] == '.' && text[i] == '.')) runEnd++;
            return new Token(i, runEnd - i, TokenKind.Punctuation);
        }

        var kind = char.IsPunctuation(text[i]) ? TokenKind.Punctuation : TokenKind.Symbol;
        return new Token(i, Math.Max(1, runeLength), kind);
    }

    private static Token WordOrNumber(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        var allDigits = true;
        while (i < end)
        {
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                allDigits &= char.IsAsciiDigit(text[i]);
                i++;
                continue;
            }

            Rune.DecodeFromUtf16(text[i..end], out var rune, out var length);
            if (Rune.IsLetterOrDigit(rune) || IsMark(rune))
            {
                allDigits &= Rune.IsDigit(rune);
                i += length;
                continue;
            }

            if (i + 1 < end && JoinsWord(text[i], text[i - 1], text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return new Token(start, i - start, allDigits ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>Apostrophes and hyphens inside words, and separators inside numbers, keep one token.</summary>
    private static bool JoinsWord(char c, char before, char after) => c switch
    {
        '\'' or '’' => char.IsLetter(before) && char.IsLetter(after),
        '-' or '‐' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
        '.' or ',' or ':' or '/' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool TryEmoticon(ReadOnlySpan<char> text, int i, int end, out int length)
    {
        foreach (var emoticon in Emoticons)
        {
            if (!text[i..end].StartsWith(emoticon, StringComparison.Ordinal)) continue;
            var after = i + emoticon.Length;
            var standsAlone = after == end || text[after] is '.' or ',' or '!' or '?' or ')';
            var needsSpaceBefore = char.IsLetter(emoticon[0]) || emoticon[0] is '-' or '^';
            var before = i == 0 ? ' ' : text[i - 1];
            var startsClean = char.IsWhiteSpace(before) || !needsSpaceBefore && !char.IsDigit(before);
            if (standsAlone && startsClean)
            {
                length = emoticon.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 4;

    private static (int Start, int End) FindEmail(ReadOnlySpan<char> text, int start, int end)
    {
        var at = text[start..end].IndexOf('@');
        if (at < 0) return (-1, -1);
        at += start;
        var localStart = at;
        while (localStart > start && EmailLocalChars.Contains(text[localStart - 1])) localStart--;
        while (localStart < at && text[localStart] is '.' or '-') localStart++;
        var domainEnd = at + 1;
        while (domainEnd < end && EmailDomainChars.Contains(text[domainEnd])) domainEnd++;
        while (domainEnd > at + 1 && text[domainEnd - 1] is '.' or '-') domainEnd--;
        var domain = text[(at + 1)..domainEnd];
        var lastDot = domain.LastIndexOf('.');
        var hasTld = lastDot > 0 && domain.Length - lastDot - 1 >= 2 && char.IsLetter(domain[^1]);
        return localStart < at && hasTld ? (localStart, domainEnd) : (-1, -1);
    }

    private static void Add(ref Token[] buffer, ref int count, Token token)
    {
        if (count == buffer.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan().CopyTo(larger);
            ArrayPool<Token>.Shared.Return(buffer);
            buffer = larger;
        }

        buffer[count++] = token;
    }
}
