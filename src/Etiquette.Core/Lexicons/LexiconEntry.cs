namespace Etiquette.Core.Lexicons;

/// <summary>
/// One line of a lexicon: <c>pattern [=&gt; replacement]</c>. A pattern is words separated by spaces;
/// <c>a|b</c> accepts either word, a trailing <c>*</c> accepts any word that starts so, and a last term
/// <c>!a|b</c> rejects the match when the next word is one of those.
/// </summary>
public sealed record LexiconEntry(string Pattern, string? Replacement, string? Pack)
{
    public static LexiconEntry Parse(string line, string? pack = null)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        var pattern = (arrow < 0 ? line : line[..arrow]).Trim();
        var replacement = arrow < 0 ? null : line[(arrow + 2)..].Trim();
        if (pattern.Length == 0) throw new FormatException($"Lexicon line '{line}' has no pattern.");
        return new LexiconEntry(pattern, replacement, pack);
    }

    public override string ToString() => Replacement is null ? Pattern : $"{Pattern} => {Replacement}";
}
