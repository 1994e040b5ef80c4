using Etiquette.Core.Diagnostics;
using Etiquette.Core.Text;

namespace Etiquette.Rules;

/// <summary>Edits that keep the rest of the draft reading well: no double spaces, no orphan commas, a capital after a removal at a sentence start.</summary>
public static class Edits
{
    /// <summary>Replaces <paramref name="span"/>; an empty replacement removes it tidily.</summary>
    public static TextEdit Replace(DraftText draft, TextSpan span, string replacement) =>
        replacement.Length == 0
            ? Remove(draft, span)
            : TextEdit.Replace(span, CaseLike(draft, span, replacement));

    /// <summary>
    /// Copies the original's opening capital, except when that capital says nothing about the words replacing it: a first
    /// word with no small letters ("DNS", "3DS", "ASAP", "I") or the pronoun I ("I'm"). Those get one only at a sentence start.
    /// </summary>
    private static string CaseLike(DraftText draft, TextSpan span, string replacement)
    {
        var original = draft.Slice(span.Start, span.Length);
        if (!Casing.OpensWithPronounI(original) && FirstWordHasSmallLetters(original)) return Casing.Match(original, replacement);
        return IsSentenceStart(draft, span.Start) ? Casing.Capitalise(replacement) : replacement;
    }

    private static bool FirstWordHasSmallLetters(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        foreach (var c in space < 0 ? text : text[..space])
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>
    /// Puts a sentence of our own in front of <paramref name="position"/>; a lower-case letter there becomes a capital,
    /// as it now opens a sentence.
    /// </summary>
    public static TextEdit InsertSentence(DraftText draft, int position, string sentence)
    {
        var text = draft.Text;
        return position < text.Length && char.IsLower(text[position])
            ? TextEdit.Replace(new TextSpan(position, 1), $"{sentence} {char.ToUpperInvariant(text[position])}")
            : TextEdit.Insert(position, sentence + " ");
    }

    /// <summary>Removes <paramref name="span"/> with a comma right after it and the white space that would be left doubled.</summary>
    public static TextEdit Remove(DraftText draft, TextSpan span)
    {
        var text = draft.Text;
        var end = span.End;
        if (end < text.Length && text[end] == ',') end++;
        var spaceAfter = end;
        while (spaceAfter < text.Length && text[spaceAfter] is ' ' or '\t') spaceAfter++;

        var start = span.Start;
        var atSentenceStart = IsSentenceStart(draft, start);
        if (spaceAfter < text.Length && !char.IsWhiteSpace(text[spaceAfter]) && (start == 0 || char.IsWhiteSpace(text[start - 1])))
        {
            // Something follows: take the spaces after, and when the removal opened a sentence, capitalise what now opens it.
            if (atSentenceStart && char.IsLower(text[spaceAfter]))
                return TextEdit.Replace(TextSpan.FromBounds(start, spaceAfter + 1), char.ToUpperInvariant(text[spaceAfter]).ToString());
            return TextEdit.Delete(TextSpan.FromBounds(start, spaceAfter));
        }

        // Last on its line, or followed by punctuation: take the spaces before instead.
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        return TextEdit.Delete(TextSpan.FromBounds(start, end));
    }

    public static bool IsSentenceStart(DraftText draft, int position)
    {
        foreach (var sentence in draft.Sentences)
            if (sentence.Start == position) return true;
        return false;
    }
}
