namespace Etiquette.Rules.DataProtection;

/// <summary>The masked forms that data-protection fixes write, which keep a number recognisable to its owner and no one else.</summary>
public static class Masking
{
    public const char Mask = '*';
    public const int KeptCharacters = 4;

    /// <summary>
    /// Replaces every letter and digit with <see cref="Mask"/> except the last four, keeping separators
    /// ("4111 1111 1111 1111" → "**** **** **** 1111"). The first <paramref name="keptPrefix"/> and last
    /// <paramref name="keptSuffix"/> characters stay as written (a key's public prefix, a PEM footer).
    /// </summary>
    public static string MaskAllButLastFour(ReadOnlySpan<char> text, int keptPrefix = 0, int keptSuffix = 0)
    {
        var masked = text.ToArray();
        var kept = 0;
        for (var i = masked.Length - 1 - keptSuffix; i >= keptPrefix; i--)
        {
            if (!char.IsAsciiLetterOrDigit(masked[i])) continue;
            if (kept < KeptCharacters) kept++;
            else masked[i] = Mask;
        }

        return new string(masked);
    }

    /// <summary>Keeps the first character of the mailbox and the whole domain: "jane.doe@example.com" → "j***@example.com".</summary>
    public static string MaskEmail(ReadOnlySpan<char> address)
    {
        var at = address.IndexOf('@');
        if (at < 1) return MaskAllButLastFour(address);
        return string.Concat(address[..1], "***", address[at..]);
    }
}
