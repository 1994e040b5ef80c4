namespace Etiquette.Rules.DataProtection;

/// <summary>The issuing rules of UK National Insurance numbers and US Social Security numbers.</summary>
public static class NationalIdentifiers
{
    /// <summary>
    /// Nine characters without spaces: two prefix letters, six digits, a suffix A–D. HMRC never issues D, F, I, Q, U or V
    /// as either letter, nor O second, nor the prefixes BG, GB, NK, KN, TN, NT and ZZ.
    /// </summary>
    public static bool IsNationalInsuranceNumber(ReadOnlySpan<char> compact)
    {
        if (compact.Length != 9) return false;
        var first = char.ToUpperInvariant(compact[0]);
        var second = char.ToUpperInvariant(compact[1]);
        if (!char.IsAsciiLetterUpper(first) || !char.IsAsciiLetterUpper(second)) return false;
        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V') return false;
        Span<char> prefix = [first, second];
        if (prefix is "BG" or "GB" or "NK" or "KN" or "TN" or "NT" or "ZZ") return false;
        foreach (var c in compact[2..8])
            if (!char.IsAsciiDigit(c)) return false;
        return char.ToUpperInvariant(compact[8]) is >= 'A' and <= 'D';
    }

    /// <summary>
    /// Nine digits AAAGGSSSS: the area is never 000, 666 or 900–999, the group never 00 and the serial never 0000.
    /// </summary>
    public static bool IsSocialSecurityNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9) return false;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return false;
        var area = digits[..3];
        return area is not ("000" or "666") && area[0] != '9' && digits[3..5] is not "00" && digits[5..] is not "0000";
    }
}
