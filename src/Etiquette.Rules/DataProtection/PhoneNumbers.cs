namespace Etiquette.Rules.DataProtection;

/// <summary>
/// Whether a written phone number reaches a person. Business lines (UK freephone and non-geographic 03, 08 and 09
/// numbers, North American toll-free codes) are published by companies and are not personal data.
/// </summary>
public static class PhoneNumbers
{
    public const int MaximumDigits = 15;

    /// <summary>
    /// A number as written: "+CC …" or "00CC …" international, a leading 0 for UK national dialling, or a North American
    /// "(555) 123-4567" / "1-555-123-4567". Spaces, dots, dashes and the "(0)" of "+44 (0)20 …" may separate digits.
    /// </summary>
    public static bool IsPersonal(ReadOnlySpan<char> written)
    {
        Span<char> digits = stackalloc char[MaximumDigits];
        var count = 0;
        foreach (var c in written)
        {
            if (!char.IsAsciiDigit(c)) continue;
            if (count == MaximumDigits) return false;
            digits[count++] = c;
        }

        if (count == 0) return false;
        var number = digits[..count];
        if (written[0] == '+') return IsPersonalInternational(number);
        if (number.StartsWith("00")) return IsPersonalInternational(number[2..]);
        if (number[0] == '0') return IsPersonalUkNational(number);
        if (written.Length > 2 && written[0] == '1' && written[1] is ' ' or '.' or '-') return IsPersonalNorthAmerican(written[2..], number[1..]);
        return IsPersonalNorthAmerican(written, number);
    }

    /// <summary>Digits written after a '+' or "00": the country calling code (never starting with 0) and the national number.</summary>
    public static bool IsPersonalInternational(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits[0] == '0') return false;
        if (digits.StartsWith("44")) return IsPersonalUkSubscriber(TrimTrunkZero(digits[2..]));
        if (digits.StartsWith("1")) return IsPersonalNorthAmerican(digits[1..]);
        return digits.Length is >= 8 and <= MaximumDigits;
    }

    /// <summary>A UK number dialled inside the UK: eleven digits from the trunk 0; only landlines (01, 02) and mobiles (07) are personal.</summary>
    public static bool IsPersonalUkNational(ReadOnlySpan<char> digits) =>
        digits.Length == 11 && digits[0] == '0' && IsPersonalUkSubscriber(digits[1..]);

    /// <summary>Ten digits NPA-NXX-XXXX whose area code starts 2–9 and is not toll-free (800, 833 … 888).</summary>
    public static bool IsPersonalNorthAmerican(ReadOnlySpan<char> digits) =>
        digits.Length == 10 && digits[0] is >= '2' and <= '9' && digits[..3] is not ("800" or "833" or "844" or "855" or "866" or "877" or "888");

    /// <summary>"(555) 123-4567", "555-123-4567", "555.123.4567" or "555 123 4567", also after a trunk "1-".</summary>
    private static bool IsPersonalNorthAmerican(ReadOnlySpan<char> written, ReadOnlySpan<char> digits) =>
        (written[0] == '(' || HasNorthAmericanLayout(written)) && IsPersonalNorthAmerican(digits);

    /// <summary>Without the layout, ten bare digits are as likely an order number.</summary>
    private static bool HasNorthAmericanLayout(ReadOnlySpan<char> written) =>
        written.Length == 12 && written[3] is ' ' or '.' or '-' && written[7] == written[3];

    /// <summary>"+44 (0)20 …" writes the trunk 0 that international callers leave out.</summary>
    private static ReadOnlySpan<char> TrimTrunkZero(ReadOnlySpan<char> national) =>
        national.StartsWith("0") ? national[1..] : national;

    private static bool IsPersonalUkSubscriber(ReadOnlySpan<char> national) =>
        national.Length == 10 && national[0] is '1' or '2' or '7';
}
