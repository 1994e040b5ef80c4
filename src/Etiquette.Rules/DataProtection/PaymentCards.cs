namespace Etiquette.Rules.DataProtection;

/// <summary>Tells a payment card number from any other long number: the Luhn check digit and the issuer's number range.</summary>
public static class PaymentCards
{
    public const int MinimumDigits = 13;
    public const int MaximumDigits = 19;

    /// <summary>The Luhn (mod 10) check every card number carries in its last digit.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty) return false;
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i])) return false;
            var digit = digits[i] - '0';
            if (doubled && (digit *= 2) > 9) digit -= 9;
            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// The card scheme whose issuer range and number length fit <paramref name="digits"/>, or null.
    /// Narrow ranges come first, as Discover's and UnionPay's sit inside Maestro's.
    /// </summary>
    public static string? IssuerOf(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        if (length is < MinimumDigits or > MaximumDigits) return null;
        var two = Prefix(digits, 2);
        var three = Prefix(digits, 3);
        var four = Prefix(digits, 4);
        if (two is 34 or 37) return length == 15 ? "American Express" : null;
        if (three is >= 300 and <= 305 || two is 36 or 38) return length >= 14 ? "Diners Club" : null;
        if (four is >= 3528 and <= 3589) return length >= 16 ? "JCB" : null;
        if (four == 6011 || three is >= 644 and <= 649 || two == 65) return length >= 16 ? "Discover" : null;
        if (two == 62) return length >= 16 ? "UnionPay" : null;
        if (two is >= 51 and <= 55 || four is >= 2221 and <= 2720) return length == 16 ? "Mastercard" : null;
        if (digits[0] == '4') return length is 13 or 16 or 19 ? "Visa" : null;
        if (two == 50 || two is >= 56 and <= 69) return "Maestro";
        return null;
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++) value = value * 10 + (digits[i] - '0');
        return value;
    }
}
