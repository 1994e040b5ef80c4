namespace Etiquette.Rules.DataProtection;

/// <summary>International Bank Account Numbers (ISO 13616): a country's fixed length and the mod-97 check digits.</summary>
public static class Iban
{
    public const int MaximumLength = 34;

    /// <summary>An IBAN without spaces, in either case: known country, that country's length, mod 97 equal to 1.</summary>
    public static bool IsValid(ReadOnlySpan<char> compact) =>
        compact.Length >= 4 && LengthFor(compact[..2]) == compact.Length && HasValidCheckDigits(compact);

    /// <summary>ISO 7064 MOD 97-10: move the first four characters to the end, read letters as 10–35, and the remainder must be 1.</summary>
    public static bool HasValidCheckDigits(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 5 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])) return false;
        var remainder = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = char.ToUpperInvariant(compact[(i + 4) % compact.Length]);
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else if (char.IsAsciiLetterUpper(c)) remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }

        return remainder == 1;
    }

    /// <summary>The IBAN length of a country (SWIFT IBAN registry), or 0 when the country issues no IBANs.</summary>
    public static int LengthFor(ReadOnlySpan<char> country)
    {
        if (country.Length != 2) return 0;
        Span<char> upper = stackalloc char[2];
        country.ToUpperInvariant(upper);
        return upper switch
        {
            "NO" => 15,
            "BE" => 16,
            "DK" or "FI" or "FK" or "FO" or "GL" or "NL" or "SD" => 18,
            "MK" or "SI" => 19,
            "AT" or "BA" or "EE" or "KZ" or "LT" or "LU" or "MN" or "XK" => 20,
            "CH" or "HR" or "LI" or "LV" => 21,
            "BG" or "BH" or "CR" or "DE" or "GB" or "GE" or "IE" or "ME" or "RS" or "VA" => 22,
            "AE" or "GI" or "IL" or "IQ" or "OM" or "SO" or "TL" => 23,
            "AD" or "CZ" or "ES" or "MD" or "PK" or "RO" or "SA" or "SE" or "SK" or "TN" or "VG" => 24,
            "LY" or "PT" or "ST" => 25,
            "IS" or "TR" => 26,
            "BI" or "DJ" or "FR" or "GR" or "IT" or "MC" or "MR" or "SM" => 27,
            "AL" or "AZ" or "BY" or "CY" or "DO" or "GT" or "HN" or "HU" or "LB" or "NI" or "PL" or "SV" => 28,
            "BR" or "EG" or "PS" or "QA" or "UA" => 29,
            "JO" or "KW" or "MU" or "YE" => 30,
            "MT" or "SC" => 31,
            "LC" => 32,
            "RU" => 33,
            _ => 0,
        };
    }
}
