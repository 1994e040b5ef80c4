using Etiquette.Core.Diagnostics;
using Etiquette.Core.Text;

namespace Etiquette.Rules;

/// <summary>Edits that keep the rest of the draft reading well: no double spaces, no orphan commas, a capital after a removal at a sentence start.</summary>
public static class Edits
{
    /// <summary>Replaces <paramref name="span"/>; an empty replacement removes it tidily.</summary>
    public static TextEdit Replace(DraftText draft, TextSpan span, string replacement)
    {
        if (replacement.Length == 0) return Remove(draft, span);
        var original = draft.Slice(span.Start, span.Length);
        var cased = Casing.OpensWithPronounI(original)
            ? IsSentenceStart(draft, span.Start) ? Casing.Capitalise(replacement) : replacement
            : Casing.Match(original, replacement);
        return TextEdit.Replace(span, cased);
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
