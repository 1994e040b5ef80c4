using System.Buffers;
using System.Text;

namespace Etiquette.Core.Text;

/// <summary>Recognises one emoji sequence (ZWJ joins, skin tones, flags, keycaps, tag sequences) at a position.</summary>
public static class Emoji
{
    private const int VariationSelector16 = 0xFE0F;
    private const int ZeroWidthJoiner = 0x200D;
    private const int CombiningKeycap = 0x20E3;

    public static bool TryMatch(ReadOnlySpan<char> text, int index, out int length)
    {
        length = 0;
        if (index >= text.Length || text[index] < 0xA9 && !IsKeycapBase(text[index])) return false;
        if (!TryRune(text, index, out var first)) return false;
        var cp = first.Value;
        var next = index + first.Utf16SequenceLength;

        if (IsKeycapBase(cp))
        {
            var at = next;
            if (TryRune(text, at, out var vs) && vs.Value == VariationSelector16) at += 1;
            if (!TryRune(text, at, out var keycap) || keycap.Value != CombiningKeycap) return false;
            length = at + 1 - index;
            return true;
        }

        if (IsRegionalIndicator(cp))
        {
            if (TryRune(text, next, out var pair) && IsRegionalIndicator(pair.Value)) next += pair.Utf16SequenceLength;
            length = next - index;
            return true;
        }

        if (!StartsEmoji(text, cp, next)) return false;
        var end = ConsumeModifiers(text, next);
        while (TryRune(text, end, out var joiner) && joiner.Value == ZeroWidthJoiner
               && TryRune(text, end + 1, out var joined) && (IsPictographic(joined.Value) || IsTextPictograph(joined.Value)))
        {
            end = ConsumeModifiers(text, end + 1 + joined.Utf16SequenceLength);
        }

        length = end - index;
        return true;
    }

    private static bool StartsEmoji(ReadOnlySpan<char> text, int cp, int next) =>
        IsPictographic(cp)
        || IsTextPictograph(cp) && TryRune(text, next, out var vs) && vs.Value == VariationSelector16;

    private static bool IsKeycapBase(int c) => c is >= '0' and <= '9' or '#' or '*';

    private static int ConsumeModifiers(ReadOnlySpan<char> text, int at)
    {
        while (TryRune(text, at, out var rune) && IsModifier(rune.Value)) at += rune.Utf16SequenceLength;
        return at;
    }

    private static bool IsModifier(int cp) =>
        cp is VariationSelector16 or CombiningKeycap
        || cp is >= 0x1F3FB and <= 0x1F3FF
        || cp is >= 0xE0020 and <= 0xE007F;

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Characters shown as emoji by default.</summary>
    private static bool IsPictographic(int cp) =>
        cp is >= 0x1F000 and <= 0x1FAFF and not (>= 0x1F3FB and <= 0x1F3FF)
        || cp is >= 0x2600 and <= 0x27BF
        || cp is 0x231A or 0x231B or 0x2328 or 0x23CF or >= 0x23E9 and <= 0x23F3 or >= 0x23F8 and <= 0x23FA
        || cp is >= 0x2B05 and <= 0x2B07 or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55
        || cp is 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x25FD or 0x25FE;

    /// <summary>Characters that are ordinary text unless a variation selector asks for emoji presentation.</summary>
    private static bool IsTextPictograph(int cp) =>
        cp is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x24C2 or 0x2934 or 0x2935
        || cp is >= 0x2194 and <= 0x2199 or 0x21A9 or 0x21AA
        || cp is 0x25AA or 0x25AB or 0x25B6 or 0x25C0 or 0x25FB or 0x25FC;

    private static bool TryRune(ReadOnlySpan<char> text, int index, out Rune rune)
    {
        rune = default;
        return index < text.Length && Rune.DecodeFromUtf16(text[index..], out rune, out _) == OperationStatus.Done;
    }
}
